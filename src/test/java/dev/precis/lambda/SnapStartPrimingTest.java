package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.config.Settings;
import dev.precis.engine.SummaryLength;
import dev.precis.engine.Summarizer;
import dev.precis.extract.TextExtractor;
import dev.precis.pipeline.ObjectReader;
import dev.precis.store.SummaryStore;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The SnapStart hook does its work when called the way the runtime calls it before the snapshot; no AWS needed. */
class SnapStartPrimingTest {
    private static Summarizer summarizer;

    @BeforeAll
    static void loadModels() {
        summarizer = Summarizer.load();
    }

    @Test
    void beforeCheckpoint_summarizesTheBuiltInText() {
        SnapStartPriming priming = new SnapStartPriming(new TextExtractor(), summarizer, null, null, null, SummaryLength.DEFAULT, null);
        assertNull(priming.lastReport(), "nothing runs before the checkpoint");

        priming.beforeCheckpoint(null);

        SnapStartPriming.Report report = priming.lastReport();
        assertNotNull(report);
        assertEquals(3, report.summarySentences());
        assertFalse(report.storeReached(), "no store was given");
        assertFalse(report.bucketReached(), "no bucket was given");
        assertTrue(priming.reachedAll(report), "with no table or bucket given, the engine's rounds go on");
    }

    @Test
    void beforeCheckpoint_withAnUnreachableTableAndBucket_stillPrimesTheEngine() {
        URI nothingListens = URI.create("http://127.0.0.1:9"); // the discard port
        try (DynamoDbClient dynamo = AwsClients.dynamoDbBuilder()
                .endpointOverride(nothingListens)
                .region(Region.US_EAST_1).credentialsProvider(AnonymousCredentialsProvider.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(5)))
                .build();
             S3Client s3 = AwsClients.s3Builder(true)
                .endpointOverride(nothingListens)
                .region(Region.US_EAST_1).credentialsProvider(AnonymousCredentialsProvider.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(5)))
                .build()) {
            SnapStartPriming priming = new SnapStartPriming(new TextExtractor(), summarizer, new SummaryStore(dynamo, "t"), new ObjectReader(s3),
                    "documents", SummaryLength.DEFAULT, null);
            priming.beforeCheckpoint(null);
            assertEquals(3, priming.lastReport().summarySentences());
            assertFalse(priming.lastReport().storeReached());
            assertFalse(priming.lastReport().bucketReached());
            assertFalse(priming.reachedAll(priming.lastReport()), "no more rounds after this one");
            assertTrue(priming.reachedAll(new SnapStartPriming.Report(3, true, true, false, 1)));
            assertFalse(priming.reachedAll(new SnapStartPriming.Report(3, false, true, false, 1)), "the table did not answer");
            assertFalse(priming.reachedAll(new SnapStartPriming.Report(3, true, false, false, 1)), "the bucket did not answer");
        }
    }

    @Test
    void beforeCheckpoint_withTheEventPart_storesTheBuiltInEventAgainstCannedAnswers() {
        Settings settings = new Settings("table", Settings.DEFAULT_MAX_OBJECT_BYTES, SummaryLength.DEFAULT, true, "documents");
        TextExtractor extractor = new TextExtractor();
        int[] rounds = {0};
        SnapStartPriming priming = new SnapStartPriming(extractor, summarizer, null, null, null, SummaryLength.DEFAULT, () -> {
            rounds[0]++;
            return SnapStartPriming.processEventOnce(settings, Region.US_EAST_1, extractor, summarizer);
        });
        priming.beforeCheckpoint(null);
        assertTrue(priming.lastReport().eventProcessed());
        assertEquals(SnapshotPriming.SNAPSHOT_ROUNDS, rounds[0], "once per round");
    }

    @Test
    void prime_isRepeatable() {
        SnapStartPriming priming = new SnapStartPriming(new TextExtractor(), summarizer, null, null, null, new SummaryLength.Sentences(2), null);
        assertEquals(2, priming.prime().summarySentences());
        assertEquals(2, priming.prime().summarySentences());
        assertTrue(priming.lastReport().millis() >= 0);
    }
}
