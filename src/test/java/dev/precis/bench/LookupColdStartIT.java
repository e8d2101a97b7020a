package dev.precis.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.lambda.LookupHandler;
import dev.precis.log.JsonLog;
import dev.precis.lookup.LookupApi;
import dev.precis.pipeline.LocalPipeline;
import dev.precis.store.DynamoSummaryReader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's lookup run asks for a stored summary and a listing page, and fails when the summary is not there. */
class LookupColdStartIT {
    @Test
    void lookupRun_getsTheStoredSummaryAndAListingPage(@TempDir Path dir) throws Exception {
        LocalPipeline local = LocalPipeline.get();
        String key = LocalPipeline.uniqueKey("lookup é.txt");
        byte[] content = local.uploadSampleArticle(key);
        Map<String, Object> stored = local.handler().handle(LocalPipeline.created(key, content.length, LocalPipeline.nextSequencer()), null);
        assertTrue(stored.get("stored").equals(1), stored.toString());

        LookupColdStart.Timings t = LookupColdStart.run(() -> handler(local), LocalPipeline.createdEventFile(dir, key, 1L));
        assertTrue(t.initMs() >= 0 && t.invocationMs() >= 0, t.toString());
    }

    @Test
    void lookupRun_failsWhenTheSummaryIsMissing(@TempDir Path dir) throws Exception {
        LocalPipeline local = LocalPipeline.get();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LookupColdStart.run(() -> handler(local), LocalPipeline.createdEventFile(dir, LocalPipeline.uniqueKey("never-stored.txt"), 1L)));
        assertTrue(e.getMessage().contains("GET answered 404"), e.getMessage());
    }

    private static LookupHandler handler(LocalPipeline local) {
        return new LookupHandler(new LookupApi(new DynamoSummaryReader(local.dynamo, LocalPipeline.TABLE), JsonLog.stdout()));
    }
}
