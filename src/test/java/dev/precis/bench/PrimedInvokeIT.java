package dev.precis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.lambda.S3EventHandler;
import dev.precis.pipeline.LocalPipeline;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's primed run primes as before a snapshot, then stores the event's summary, against the local servers. */
class PrimedInvokeIT {
    @Test
    void primedRun_primesTheTableAndBucket_thenStoresTheSummary(@TempDir Path dir) throws Exception {
        LocalPipeline local = LocalPipeline.get();
        String key = LocalPipeline.uniqueKey("primed é.txt");
        byte[] content = local.uploadSampleArticle(key);

        PrimedInvoke.Timings t = PrimedInvoke.run(() -> handler(local), LocalPipeline.createdEventFile(dir, key, content.length));

        assertTrue(t.initMs() >= 0 && t.invocationMs() >= 0, t.toString());
        assertEquals("DONE", local.item(key).get("status"), "the event's summary was stored");
    }

    @Test
    void primedRun_failsWhenTheObjectIsMissing(@TempDir Path dir) throws Exception {
        LocalPipeline local = LocalPipeline.get();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PrimedInvoke.run(() -> handler(local), LocalPipeline.createdEventFile(dir, LocalPipeline.uniqueKey("never-uploaded.txt"), 10)));
        assertTrue(e.getMessage().contains("not summarized"), e.getMessage());
    }

    private static S3EventHandler handler(LocalPipeline local) {
        return S3EventHandler.initialized(LocalPipeline.settings(1 << 20), local.servers::s3Client, local.servers::dynamoDbClient);
    }
}
