package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.config.Settings;
import dev.precis.pipeline.LocalPipeline;
import dev.precis.pipeline.ObjectReader;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;

/** The runtime's init path (engine, table and bucket primed on three threads) against the local servers. */
class HandlerInitIT {
    private static final Settings SETTINGS = LocalPipeline.settings(Settings.DEFAULT_MAX_OBJECT_BYTES);

    @Test
    void init_primesEngineAndTable_andTheHandlerThenStoresASummary() throws Exception {
        LocalPipeline local = LocalPipeline.get();
        S3EventHandler handler = S3EventHandler.initialized(SETTINGS, local.servers::s3Client, local.servers::dynamoDbClient);

        SnapStartPriming.Report report = handler.priming().lastReport();
        assertEquals(3, report.summarySentences(), "the built-in text was summarized during init");
        assertTrue(report.storeReached(), "the table was read once during init");
        assertTrue(report.bucketReached(), "the documents bucket was probed once during init");
        assertFalse(report.eventProcessed(), "init leaves the canned event to the SnapStart hook");

        handler.priming().beforeCheckpoint(null);
        assertTrue(handler.priming().lastReport().eventProcessed(), "the hook stored the built-in event against canned answers");
        assertTrue(local.store.storedSequencer(SnapStartPriming.PRIMING_BUCKET, SnapStartPriming.PRIMING_KEY + " é").isEmpty(),
                "the priming's write never reached the table");
        assertTrue(local.store.storedSequencer(SnapStartPriming.PRIMING_BUCKET, SnapStartPriming.PRIMING_KEY).isEmpty());

        String key = LocalPipeline.uniqueKey("init.txt");
        byte[] content = local.uploadSampleArticle(key);
        Map<String, Object> result = handler.handle(LocalPipeline.created(key, content.length, LocalPipeline.nextSequencer()), null);
        assertEquals(1, result.get("stored"), result.toString());
        assertEquals("DONE", local.item(key).get("status"));
    }

    @Test
    void init_withAnUnreachableTable_stillLoadsAndPrimesTheEngine() {
        LocalPipeline local = LocalPipeline.get();
        S3EventHandler handler = S3EventHandler.initialized(SETTINGS, local.servers::s3Client, () -> AwsClients.dynamoDbBuilder()
                .endpointOverride(URI.create("http://127.0.0.1:9")) // discard port: nothing listens
                .region(Region.US_EAST_1).credentialsProvider(AnonymousCredentialsProvider.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(5)))
                .build());

        SnapStartPriming.Report report = handler.priming().lastReport();
        assertEquals(3, report.summarySentences());
        assertFalse(report.storeReached(), "nothing listens on the table's endpoint");
        assertTrue(report.bucketReached());
    }

    @Test
    void probe_answersForAStoredAndAMissingKey() throws Exception {
        LocalPipeline local = LocalPipeline.get();
        String key = LocalPipeline.uniqueKey("probed.txt");
        local.upload(key, "a user's document".getBytes(StandardCharsets.UTF_8));
        ObjectReader reader = new ObjectReader(local.servers.s3Client());

        assertTrue(reader.probe(LocalPipeline.BUCKET, key), "S3 answered (412, or 200 with the body aborted unread)");
        assertTrue(reader.probe(LocalPipeline.BUCKET, LocalPipeline.uniqueKey("never-written.txt")), "S3 answered 404");
    }
}
