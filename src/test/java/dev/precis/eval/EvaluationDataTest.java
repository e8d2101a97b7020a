package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.precis.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationDataTest {
    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        return Files.write(dir.resolve("set.jsonl"), List.of(lines), StandardCharsets.UTF_8);
    }

    @Test
    void readsArticlesInOrderSkippingBlankLines() throws IOException {
        List<Evaluation.Document> docs = EvaluationData.read(file(
                "{\"id\": \"a1\", \"title\": \"Rates\", \"text\": \"Rates rose.\", \"reference\": [\"Rates rose.\", \"Again.\"]}",
                "",
                "{\"text\": \"Café closed.\", \"title\": \" \", \"reference\": []}"));
        assertEquals(2, docs.size());
        assertEquals(new Evaluation.Document("a1", "Rates rose.", "Rates", List.of("Rates rose.", "Again.")), docs.get(0));
        assertEquals("line 3", docs.get(1).id());
        assertEquals("Café closed.", docs.get(1).text());
        assertNull(docs.get(1).title());
    }

    @Test
    void namesTheFileAndLineOfInvalidJson() throws IOException {
        Path f = file("{\"text\": \"a\", \"reference\": []}", "{\"text\": ");
        IOException e = assertThrows(EvaluationData.InvalidDataException.class, () -> EvaluationData.read(f));
        assertEquals(f + ": line 2: invalid JSON", e.getMessage());
    }

    @Test
    void namesTheFileThatIsNotUtf8() throws IOException {
        Path f = Files.write(dir.resolve("latin1.jsonl"), "{\"text\": \"a\", \"reference\": []}\n{\"text\": \"caf\u00e9\", \"reference\": []}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        IOException e = assertThrows(EvaluationData.InvalidDataException.class, () -> EvaluationData.read(f));
        assertEquals(f + ": not UTF-8", e.getMessage());
    }

    @Test
    void refusesAnArticleWithoutTextOrReferenceList() throws IOException {
        for (String line : List.of("{\"reference\": []}", "{\"text\": \"a\"}", "{\"text\": \"a\", \"reference\": \"a\"}", "[1, 2]")) {
            Path f = file(line);
            IOException e = assertThrows(EvaluationData.InvalidDataException.class, () -> EvaluationData.read(f), line);
            assertEquals(f + ": line 1: needs a \"text\" string and a \"reference\" list", e.getMessage());
        }
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> EvaluationData.read(dir.resolve("absent.jsonl")));
    }

    @Test
    void readsTheSharedDevSet() throws IOException {
        List<Evaluation.Document> docs = EvaluationData.read(SharedData.require("eval/dev.jsonl"));
        assertEquals(250, docs.size());
        for (Evaluation.Document d : docs) {
            assertEquals(false, d.text().isBlank(), d.id());
            assertEquals(false, d.reference().isEmpty(), d.id());
        }
    }
}
