package dev.precis.eval;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluation data as JSON Lines, one article per line: {@code "text"} and {@code "reference"} (a list
 * of reference sentences), optionally {@code "id"} and {@code "title"}; blank lines are skipped. The
 * format of {@code ../shared/eval/dev.jsonl}, read by {@code precis eval}, the benchmark and the tests.
 */
public final class EvaluationData {
    /** A file that is not UTF-8, or a line that is not JSON or lacks a field; the message names the file (and the line). */
    public static final class InvalidDataException extends IOException {
        InvalidDataException(Path file, String reason) {
            super(file + ": " + reason);
        }

        InvalidDataException(Path file, int line, String reason) {
            this(file, "line " + line + ": " + reason);
        }
    }

    private EvaluationData() {}

    /**
     * @return the articles in file order; an article without an id is named by its line ("line 7"),
     *     a blank title is none
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws InvalidDataException for a file that is not UTF-8, and at the first line that is not JSON
     *     or lacks "text" or the "reference" list
     */
    public static List<Evaluation.Document> read(Path file) throws IOException {
        List<Evaluation.Document> documents = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank()) continue;
                Object node;
                try {
                    node = JSON.std.anyFrom(line);
                } catch (IOException e) {
                    throw new InvalidDataException(file, n, "invalid JSON");
                }
                if (!(node instanceof Map<?, ?> article) || !(article.get("text") instanceof String text)
                        || !(article.get("reference") instanceof List<?> sentences)) {
                    throw new InvalidDataException(file, n, "needs a \"text\" string and a \"reference\" list");
                }
                List<String> reference = new ArrayList<>();
                sentences.forEach(s -> reference.add(String.valueOf(s)));
                Object id = article.get("id");
                String title = article.get("title") instanceof String t && !t.isBlank() ? t : null;
                documents.add(new Evaluation.Document(id == null ? "line " + n : id.toString(), text, title, reference));
            }
        } catch (CharacterCodingException e) {
            throw new InvalidDataException(file, "not UTF-8"); // the reader decodes ahead of the lines, so no line number
        }
        return documents;
    }
}
