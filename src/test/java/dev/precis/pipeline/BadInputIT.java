package dev.precis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.extract.BadInputs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile upload through the real path: uploaded to s3rver with its Content-Type, its event
 * delivered to the handler, and the item in dynalite read back: a summary or a status with the
 * expected reason, never a thrown event (which Lambda would retry forever), within a hang guard.
 */
class BadInputIT {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static LocalPipeline local;

    @BeforeAll
    static void setUp() {
        local = LocalPipeline.get();
    }

    static List<BadInputs.Entry> corpus() {
        return BadInputs.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileUpload_isStoredWithAStatus(BadInputs.Entry entry) {
        String key = LocalPipeline.uniqueKey(entry.name());
        byte[] bytes = entry.bytes();
        local.upload(key, bytes, entry.contentType() == null ? "binary/octet-stream" : entry.contentType());
        Map<String, Object> result = assertTimeoutPreemptively(HANG_GUARD,
                () -> local.handler().handle(LocalPipeline.created(key, bytes.length, LocalPipeline.nextSequencer()), null),
                entry.name() + " hung");
        assertEquals(1, result.get("stored"), entry.name() + ": " + result);

        Map<String, Object> item = local.item(key);
        assertEquals(entry.status().name(), item.get("status"), () -> entry.name() + ": " + item.get("reason"));
        if (entry.status() == BadInputs.Status.DONE) {
            assertFalse(((List<?>) item.get("summary")).isEmpty(), entry.name());
        } else {
            assertTrue(((String) item.get("reason")).startsWith(entry.reason()), () -> entry.name() + ": " + item.get("reason"));
            assertFalse(item.containsKey("summary"), entry.name());
        }
    }
}
