package dev.precis;

import dev.precis.eval.Evaluation;
import dev.precis.eval.EvaluationData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        return EvaluationData.read(require("eval/dev.jsonl")).stream().map(Evaluation.Document::text).toList();
    }
}
