package dev.precis.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.precis.log.JsonLog;
import dev.precis.store.AttributeMapper;
import dev.precis.store.SummaryItem;
import dev.precis.store.SummaryRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API's bodies are the bytes jackson-databind (the API's JSON library before) wrote, so ETags
 * that clients hold stay valid and cursors they hold still decode.
 */
class LookupJsonTest {
    /** The mapper the API used, configured as it was. */
    private static final ObjectMapper DATABIND = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** What the API used to list: items, then the cursor. */
    record ListBody(List<Map<String, Object>> items, String cursor) {}

    private static final Map<String, SummaryRecord> STORED = new LinkedHashMap<>();

    static {
        STORED.put("a/été 🌊.txt", Records.done("docs", "a/été 🌊.txt", "0A"));
        STORED.put("b.txt", Records.done("docs", "b.txt", "0B"));
        STORED.put("c.txt", Records.tombstone("docs", "c.txt", "0C"));
    }

    private final InMemorySummaryReader table = new InMemorySummaryReader();
    private final LookupApi api = new LookupApi(table, new JsonLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC()));

    LookupJsonTest() {
        STORED.values().forEach(table::put);
    }

    private static String databind(Object body) throws IOException {
        return DATABIND.writeValueAsString(body);
    }

    /** A stored item as the API shows it, before rendering: the table's key and the index key left out. */
    private static Map<String, Object> shown(String key) {
        Map<String, Object> plain = AttributeMapper.toPlain(SummaryItem.of(STORED.get(key)));
        plain.keySet().removeAll(LookupApi.INTERNAL);
        return plain;
    }

    @Test
    void get_bodyAndETag_areWhatDatabindGave() throws IOException {
        for (String key : STORED.keySet()) {
            ApiResponse response = api.get("docs", key, null);
            // as bytes, as before: jackson's UTF-8 writer escapes characters outside the BMP (🌊 as \\uD83C\\uDF0A)
            byte[] expected = DATABIND.writeValueAsBytes(shown(key));
            assertEquals(new String(expected, StandardCharsets.UTF_8), response.body(), key);
            assertEquals(EntityTag.of(expected), response.headers().get("ETag"), key);
        }
    }

    @Test
    void list_bodyIsWhatDatabindGave_itemsThenCursor() throws IOException {
        ApiResponse response = api.list("bucket=docs&limit=1");
        String cursor = new Cursor("docs", "", "a/été 🌊.txt").encode();
        assertEquals(databind(new ListBody(List.of(shown("a/été 🌊.txt")), cursor)), response.body());
        assertEquals(databind(new ListBody(List.of(shown("b.txt")), null)), api.list("bucket=docs&cursor=" + cursor).body());
    }

    @Test
    void canonical_sortsEveryMap_andKeepsNumbersPlain() throws IOException {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", new BigDecimal("1E+3"));
        inner.put("a", new BigDecimal("0.0000001"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("zeta", List.of(inner, "x"));
        item.put("alpha", inner);
        item.put("mid", Arrays.asList(null, true, new BigDecimal("-12.50")));
        item.put("none", null);
        String expected = databind(item);
        assertEquals(expected, LookupJson.string(LookupJson.canonical(item)));
        assertEquals(expected, new String(LookupJson.bytes(LookupJson.canonical(item)), StandardCharsets.UTF_8));
    }

    @Test
    void errorBody_isWhatDatabindGave() throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", "invalid_request");
        body.put("message", "limit must be a whole number from 1 to 100 — “é” \u0001");
        assertEquals(databind(body), ApiResponse.error(400, body.get("error"), body.get("message")).body());
    }
}
