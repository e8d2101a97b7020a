package dev.precis.eval;

import dev.precis.SharedData;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test vectors of shared/eval/rouge-vectors.jsonl, produced by Google's rouge-score. They
 * do not tell NLTK's two Porter modes apart (both reproduce every line); {@link RougeTest} pins
 * the mode rouge-score actually uses.
 */
class RougeVectorsTest {

    private static final double TOLERANCE = 1e-9;

    record Vector(int line, List<String> reference, List<String> candidate,
                  double r1, double r2, double rl, double rlsum) {
        @Override
        public String toString() {
            String first = reference.isEmpty() ? "" : reference.get(0);
            return "line " + line + ": " + (first.length() > 40 ? first.substring(0, 40) + "…" : first);
        }
    }

    private static Path vectorFile() {
        return SharedData.require("eval/rouge-vectors.jsonl");
    }

    private static void requireVectors() {
        vectorFile();
    }

    static Stream<Vector> vectors() {
        requireVectors();
        Path file = vectorFile();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            ObjectMapper json = new ObjectMapper();
            return IntStream.range(0, lines.size())
                    .filter(i -> !lines.get(i).isBlank())
                    .mapToObj(i -> parse(json, i + 1, lines.get(i)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Vector parse(ObjectMapper json, int line, String text) {
        try {
            JsonNode node = json.readTree(text);
            return new Vector(line, strings(node.get("reference")), strings(node.get("candidate")),
                    node.get("r1").asDouble(), node.get("r2").asDouble(),
                    node.get("rl").asDouble(), node.get("rlsum").asDouble());
        } catch (IOException e) {
            throw new UncheckedIOException("line " + line, e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void reproducesRougeScore(Vector v) {
        RougeScores s = Rouge.score(v.reference(), v.candidate());
        assertAll(
                () -> assertEquals(v.r1(), s.rouge1(), TOLERANCE, "rouge1"),
                () -> assertEquals(v.r2(), s.rouge2(), TOLERANCE, "rouge2"),
                () -> assertEquals(v.rl(), s.rougeL(), TOLERANCE, "rougeL"),
                () -> assertEquals(v.rlsum(), s.rougeLsum(), TOLERANCE, "rougeLsum"));
    }

    /**
     * Surefire counts nothing when the parameter source above is skipped, so this test is the one
     * that shows up as skipped, with the reason, when the vectors are missing.
     */
    @Test
    void vectorsArePresent() {
        assertTrue(vectors().findAny().isPresent(), "no vectors in " + vectorFile());
    }
}
