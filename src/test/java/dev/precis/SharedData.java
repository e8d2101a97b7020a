package dev.precis;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The read-only shared folder beside the project (evaluation data, the sample upload, schemas).
 * Tests that need it skip, with a message saying what is missing, where it is absent.
 */
public final class SharedData {
    private SharedData() {}

    public static Path dir() {
        return Path.of(System.getProperty("precis.shared.dir", "../shared"));
    }

    /** The shared file at {@code relative}, or a skipped test when it is not there. */
    public static Path require(String relative) {
        Path file = dir().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "shared file " + file.toAbsolutePath().normalize() + " is absent (set -Dprecis.shared.dir); skipping");
        return file;
    }

    /** The text of every article in {@code eval/dev.jsonl}, or a skipped test when it is not there. */
    public static List<String> devTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(require("eval/dev.jsonl"))) {
            if (line.isBlank()) continue;
            Map<String, Object> article = JSON.std.mapFrom(line);
            texts.add(String.valueOf(article.get("text")));
        }
        return texts;
    }
}
