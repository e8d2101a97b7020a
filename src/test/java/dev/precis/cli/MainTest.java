package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "Harbour town opens tidal power station\n\n"
            + "The town of Westmere opened a tidal power station on Friday. Its four turbines will supply a third of the town's power. "
            + "Engineers tested them for two years. The council plans two more turbines next year.";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertOneLineError(Run run, String expected) {
        assertTrue(run.code() != 0, "exit code");
        assertEquals("", run.out());
        assertEquals(1, run.err().strip().lines().count(), () -> "not one line: " + run.err());
        assertTrue(run.err().contains(expected), () -> "stderr: " + run.err());
        assertFalse(run.err().contains("\tat "), "stack trace");
    }

    @Test
    void summarize_printsResultJson() throws IOException {
        Path file = Files.writeString(dir.resolve("article.txt"), ARTICLE);
        Run run = run("summarize", "--sentences", "2", file.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode result = JSON.readTree(run.out());
        assertEquals("Harbour town opens tidal power station", result.get("title").asText());
        assertEquals(2, result.get("summary").size());
        for (String field : List.of("language", "keyFacts", "stats", "summarizer")) assertTrue(result.has(field), field);
    }

    @Test
    void summarize_missingFile_oneLineError() {
        assertOneLineError(run("summarize", dir.resolve("nope.txt").toString()), "nope.txt: no such file");
    }

    @Test
    void summarize_emptyFile_oneLineError() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");
        assertOneLineError(run("summarize", file.toString()), "empty.txt: empty document");
    }

    @Test
    void summarize_binaryFile_oneLineError() throws IOException {
        Path file = Files.write(dir.resolve("blob.bin"), new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x10, 0x00, 0x7F});
        assertOneLineError(run("summarize", file.toString()), "blob.bin: ");
    }

    @Test
    void summarize_conflictingLengthOptions_usageError() throws IOException {
        Path file = Files.writeString(dir.resolve("article.txt"), ARTICLE);
        Run run = run("summarize", "--sentences", "2", "--words", "30", file.toString());
        assertOneLineError(run, "only one of");
        assertEquals(2, run.code());
    }

    @Test
    void unknownCommand_exitsWithUsage() {
        Run run = run("frobnicate");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("unknown command 'frobnicate'"));
    }

    @Test
    void batch_writesOneLinePerInputInOrderAndReportsBadLines() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of(
                "{\"id\": \"a\", \"text\": " + JSON.writeValueAsString(ARTICLE) + "}",
                "{not json",
                "{\"id\": \"c\", \"text\": \"\"}",
                "{\"id\": \"d\", \"title\": \"Given title\", \"text\": \"The station opened on Friday. It cost two million pounds.\"}"));
        Path out = dir.resolve("out.jsonl");
        Run run = run("batch", "--in", in.toString(), "--out", out.toString(), "--sentences", "1");
        assertEquals(0, run.code(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size());
        assertEquals("a", JSON.readTree(lines.get(0)).get("id").asText());
        assertEquals(1, JSON.readTree(lines.get(0)).get("summary").size());
        assertEquals(2, JSON.readTree(lines.get(1)).get("line").asInt());
        assertEquals("invalid JSON", JSON.readTree(lines.get(1)).get("error").asText());
        assertEquals("empty document", JSON.readTree(lines.get(2)).get("error").asText());
        assertEquals("Given title", JSON.readTree(lines.get(3)).get("title").asText());
        assertTrue(run.err().contains("line 2: invalid JSON"), run.err());
        assertTrue(run.err().contains("line 3: empty document"), run.err());
    }

    @Test
    void eval_printsPrecisAndLeadRows() throws IOException {
        Path data = dir.resolve("eval.jsonl");
        Files.write(data, List.of("{\"id\": \"x\", \"text\": " + JSON.writeValueAsString(ARTICLE)
                + ", \"reference\": [\"Westmere opened a tidal power station on Friday.\"]}"));
        Run run = run("eval", "--data", data.toString(), "--sentences", "1");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Précis") && run.out().contains("Lead-1") && run.out().contains("RLsum"), run.out());
    }

    @Test
    void eval_badDataOrMissingFile_oneLineError() throws IOException {
        Path data = Files.write(dir.resolve("bad.jsonl"), List.of("{\"id\": \"x\", \"text\": \"a\"}"));
        assertOneLineError(run("eval", "--data", data.toString()), "bad.jsonl: line 1: needs a \"text\" string and a \"reference\" list");
        assertOneLineError(run("eval", "--data", dir.resolve("nope.jsonl").toString()), "nope.jsonl: no such file");
    }
}
