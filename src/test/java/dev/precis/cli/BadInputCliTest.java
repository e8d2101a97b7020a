package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.extract.BadInputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code precis summarize FILE} on every hostile upload: a JSON result (exit 0) or one line on
 * stderr naming the file and the reason (exit 1), never a stack trace, within a hang guard.
 */
class BadInputCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    static List<BadInputs.Entry> corpus() {
        return BadInputs.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void summarize_printsJsonOrOneClearLine(BadInputs.Entry entry) throws IOException {
        Path file = Files.write(dir.resolve(entry.name()), entry.bytes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(HANG_GUARD, () -> Main.run(new String[] {"summarize", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)), entry.name() + " hung");
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        if (entry.status() == BadInputs.Status.DONE) {
            assertEquals(0, code, () -> entry.name() + ": " + stderr);
            JsonNode result = JSON.readTree(stdout);
            assertTrue(result.path("summary").isArray() && result.path("summary").size() > 0, entry.name() + ": no summary");
            assertEquals("", stderr);
        } else {
            assertEquals(1, code, entry.name());
            assertEquals("", stdout);
            // the CLI does not know the upload's Content-Type, so a file may be judged by its bytes alone; the reason is the same kind
            assertEquals(1, stderr.strip().lines().count(), () -> entry.name() + ": not one line: " + stderr);
            assertTrue(stderr.startsWith("precis: " + file + ": "), () -> entry.name() + ": " + stderr);
            assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), () -> entry.name() + ": " + stderr);
            assertTrue(stderr.strip().endsWith(entry.reason()) || stderr.contains(": " + entry.reason()), () -> entry.name() + ": " + stderr);
        }
    }
}
