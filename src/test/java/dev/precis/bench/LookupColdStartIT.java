package dev.precis.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.lambda.LookupHandler;
import dev.precis.local.S3Events;
import dev.precis.log.JsonLog;
import dev.precis.lookup.LookupApi;
import dev.precis.pipeline.LocalPipeline;
import dev.precis.store.DynamoSummaryReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's lookup run asks for a stored summary and a listing page, and fails when the summary is not there. */
class LookupColdStartIT {
    @Test
    void lookupRun_getsTheStoredSummaryAndAListingPage(@TempDir Path dir) throws Exception {
        LocalPipeline local = LocalPipeline.get();
        byte[] content = Files.readAllBytes(Path.of("events/documents/sample-article.txt"));
        String key = LocalPipeline.uniqueKey("lookup é.txt");
        local.upload(key, content);
        Map<String, Object> stored = local.handler().handle(LocalPipeline.created(key, content.length, LocalPipeline.nextSequencer()), null);
        assertTrue(stored.get("stored").equals(1), stored.toString());

        LookupColdStart.Timings t = LookupColdStart.run(() -> handler(local), event(dir, key));
        assertTrue(t.initMs() >= 0 && t.invocationMs() >= 0, t.toString());
    }

    @Test
    void lookupRun_failsWhenTheSummaryIsMissing(@TempDir Path dir) throws Exception {
        LocalPipeline local = LocalPipeline.get();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LookupColdStart.run(() -> handler(local), event(dir, LocalPipeline.uniqueKey("never-stored.txt"))));
        assertTrue(e.getMessage().contains("GET answered 404"), e.getMessage());
    }

    private static LookupHandler handler(LocalPipeline local) {
        return new LookupHandler(new LookupApi(new DynamoSummaryReader(local.dynamo, LocalPipeline.TABLE), JsonLog.stdout()));
    }

    private static Path event(Path dir, String key) throws Exception {
        Path event = dir.resolve("event.json");
        Files.writeString(event, S3Events.event("ObjectCreated:Put", LocalPipeline.BUCKET, key, 1L, null, LocalPipeline.nextSequencer()), StandardCharsets.UTF_8);
        return event;
    }
}
