package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.precis.engine.DocumentStats;
import dev.precis.engine.SummaryResult;
import dev.precis.facts.KeyFacts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line's JSON (jackson-jr) gives the bytes, and reads the values, that jackson-databind
 * (the command line's JSON library before) gave: same field order, pretty printing, number forms and
 * escaping, so scripts reading {@code precis} output see no change.
 */
class JsonTest {
    /** The mapper the command line used, configured as it was. */
    private static final ObjectMapper DATABIND = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** Text a summary can carry: non-ASCII, emoji, quotes, backslashes, control and separator characters. */
    private static final String AWKWARD = "Zoë said “no” — 3 ½ km\t🌊 \"quoted\" back\\slash \u0001\u001f\u007f \u2028\u2029 </script> \uFEFF";

    static Stream<Arguments> values() {
        KeyFacts facts = new KeyFacts(
                List.of(new KeyFacts.Entity("Maria Okafor", "PERSON", 2), new KeyFacts.Entity(AWKWARD, "OTHER", 1)),
                List.of(new KeyFacts.DateMention("14 March 2025", "2025-03-14"), new KeyFacts.DateMention("Monday", null)),
                List.of(new KeyFacts.Quantity("€3.5m", "MONEY")),
                List.of(new KeyFacts.Quote("We are ready.", null)),
                List.of("tidal energy", AWKWARD));
        SummaryResult full = new SummaryResult("Tidal plant opens", "en", null, List.of("The plant opened on Friday.", AWKWARD),
                facts, new DocumentStats(1748, 263, 10, 1.1), "precis-0.1.0");
        SummaryResult empty = new SummaryResult(null, "und", "not English", List.of(), KeyFacts.EMPTY, new DocumentStats(0, 0, 0, 0.0), "precis-0.1.0");

        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("event", "ObjectCreated:Put");
        outcome.put("bucket", "precis-documents-local");
        outcome.put("key", "incoming/été 🌊.txt");
        outcome.put("outcome", "STORED");
        Map<String, Object> invoked = new LinkedHashMap<>();
        invoked.put("records", 1);
        invoked.put("stored", 1);
        invoked.put("ignored", 0);
        invoked.put("outcomes", List.of(outcome));

        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("bucket", "docs");
        stored.put("size", new BigDecimal("1825"));
        stored.put("readingMinutes", new BigDecimal("1.10"));
        stored.put("large", new BigDecimal("1E+3"));
        stored.put("small", new BigDecimal("0.0000001"));
        stored.put("sequencer", new BigDecimal("123456789012345678901234567890"));
        stored.put("extracted", true);
        stored.put("error", null);
        stored.put("warnings", List.of());
        stored.put("nested", Map.of("deep", Arrays.asList("x", null, new BigDecimal("-0.5"))));

        Map<String, Object> numbers = new LinkedHashMap<>();
        for (double d : new double[] {0.1 + 0.2, 1e-7, 1e21, 123456789.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY}) numbers.put(Double.toString(d), d);
        numbers.put("long", Long.MIN_VALUE);
        numbers.put("float", 0.1f);
        numbers.put("emptyObject", Map.of());
        numbers.put("emptyList", new ArrayList<>());

        return Stream.of(
                Arguments.of("summarize result", full),
                Arguments.of("result with nulls and empty lists", empty),
                Arguments.of("invoke result", invoked),
                Arguments.of("demo item", stored),
                Arguments.of("numbers and empty containers", numbers));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void pretty_writesTheBytesDatabindWrote(String name, Object value) throws IOException {
        assertEquals(DATABIND.writerWithDefaultPrettyPrinter().writeValueAsString(value), Json.pretty(value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void write_writesTheBytesDatabindWrote(String name, Object value) throws IOException {
        assertEquals(DATABIND.writeValueAsString(value), Json.write(value));
    }

    /** Every kind of JSON value, read as a field of an event or a batch line is read. */
    @ParameterizedTest
    @ValueSource(strings = {"\"text\"", "\" 42 \"", "\"12.7\"", "\"1e3\"", "\"abc\"", "\"\"", "\"99999999999999999999\"", "7", "-0", "12.7", "-3.9", "1e400",
        "-0.0", "1.0E-7", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "true", "false", "{}", "{\"a\":1}", "[]", "[1]",
        "null"})
    void fieldReading_asDatabindsJsonNodeDid(String value) throws IOException {
        String json = "{\"f\":" + value + "}";
        JsonNode expected = DATABIND.readTree(json).get("f");
        Object actual = Json.field(Json.read(json), "f");
        assertEquals(expected.asText(), Json.text(actual), "asText");
        assertEquals(expected.asLong(), Json.wholeNumber(actual), "asLong");
        assertEquals(expected.isNull(), actual == null, "null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t ", "null"})
    void read_noValueOrJsonNull_isNull(String json) throws IOException {
        assertNull(Json.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void read_repeatedKey_keepsTheLastValue_andIgnoresWhatFollowsTheValue() throws IOException {
        assertEquals(Map.of("a", 2), Json.read("{\"a\":1,\"a\":2} trailing"));
    }

    @Test
    void fields_areARecordsComponentsInDeclarationOrder() {
        assertEquals(List.of("characters", "words", "sentences", "readingMinutes"), List.copyOf(Json.fields(new DocumentStats(1, 2, 3, 0.5)).keySet()));
    }
}
