package dev.precis.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.log.JsonLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The API's answers through the raw-path entry point the local server uses, on an in-memory table. */
class LookupApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final InMemorySummaryReader table = new InMemorySummaryReader()
            .put(Records.done("docs", "a/b c+d/été.txt", "0A"))
            .put(Records.done("docs", "plain.txt", "0A"))
            .put(Records.tombstone("docs", "gone.txt", "0B"));
    private final LookupApi api = new LookupApi(table, new JsonLog(new PrintStream(logBytes, true, StandardCharsets.UTF_8), Clock.systemUTC()));

    private ApiResponse get(String rawPath) {
        return api.route("GET", rawPath, null, null);
    }

    private static JsonNode body(ApiResponse response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void get_decodesTheKeyOnce_plusIsAPlusInAPath() throws Exception {
        ApiResponse response = get("/summaries/docs/a%2Fb%20c+d/%C3%A9t%C3%A9.txt");
        assertEquals(200, response.status());
        JsonNode item = body(response);
        assertEquals("a/b c+d/été.txt", item.path("key").asText());
        assertEquals("DONE", item.path("status").asText());
        assertEquals("It powers 3,000 homes.", item.path("summary").path(1).asText());
        assertEquals(1.1, item.path("stats").path("readingMinutes").asDouble());
        assertEquals(ApiResponse.JSON, response.headers().get("Content-Type"));
    }

    @Test
    void get_slashesMayBeSentEncodedOrNot() {
        assertEquals(get("/summaries/docs/a%2Fb%20c%2Bd%2F%C3%A9t%C3%A9.txt").body(), get("/summaries/docs/a/b%20c%2Bd/%C3%A9t%C3%A9.txt").body());
    }

    @Test
    void get_hidesTheTableKeyAndTheIndexKey() throws Exception {
        JsonNode item = body(get("/summaries/docs/plain.txt"));
        assertTrue(item.has("bucket") && item.has("sequencer") && item.has("processedAt"));
        assertFalse(item.has("pk"), "pk is internal");
        assertFalse(item.has("listShard"), "the index key is internal");
    }

    @Test
    void get_tombstoneIsAnsweredWithStatusDeleted() throws Exception {
        ApiResponse response = get("/summaries/docs/gone.txt");
        assertEquals(200, response.status());
        assertEquals("DELETED", body(response).path("status").asText());
        assertFalse(body(response).has("summary"));
    }

    @Test
    void get_unknownIs404WithAnErrorBody() throws Exception {
        ApiResponse response = get("/summaries/docs/never-uploaded.txt");
        assertEquals(404, response.status());
        assertEquals("not_found", body(response).path("error").asText());
        assertFalse(body(response).path("message").asText().isEmpty());
    }

    @Test
    void etag_isStrongStableAndAnswers304() {
        ApiResponse first = get("/summaries/docs/plain.txt");
        String etag = first.headers().get("ETag");
        assertNotNull(etag);
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong tag is quoted, without W/: " + etag);
        assertEquals(etag, get("/summaries/docs/plain.txt").headers().get("ETag"));
        assertEquals(etag, EntityTag.of(first.body().getBytes(StandardCharsets.UTF_8)), "the tag is the body's hash");

        ApiResponse notModified = api.route("GET", "/summaries/docs/plain.txt", null, "\"other\", " + etag);
        assertEquals(304, notModified.status());
        assertNull(notModified.body());
        assertEquals(etag, notModified.headers().get("ETag"));
        assertEquals(200, api.route("GET", "/summaries/docs/plain.txt", null, "\"other\"").status());
    }

    @Test
    void etag_differsBetweenDocuments() {
        assertFalse(get("/summaries/docs/plain.txt").headers().get("ETag").equals(get("/summaries/docs/gone.txt").headers().get("ETag")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/summaries/Docs_Bucket/plain.txt",   // not an S3 bucket name
        "/summaries/docs/",                   // empty key
        "/summaries/docs",                    // no key at all
        "/summaries/docs/a%zz",               // malformed escape
        "/summaries/docs/a%C3%28",            // not UTF-8
        "/summaries/docs/a%ED%A0%80",         // an encoded surrogate is not UTF-8 either
        "/summaries/192.168.5.4/plain.txt",   // bucket names are not IP addresses
    })
    void get_malformedIs400WithAnErrorBody(String rawPath) throws Exception {
        ApiResponse response = get(rawPath);
        assertEquals(400, response.status(), rawPath);
        assertEquals("invalid_request", body(response).path("error").asText());
    }

    @Test
    void get_keyOver1024BytesIs400_exactly1024Is404() {
        String twoByteChars = "é".repeat(512);   // 1024 bytes
        assertEquals(404, api.get("docs", twoByteChars, null).status());
        assertEquals(400, api.get("docs", twoByteChars + "x", null).status());
    }

    @Test
    void route_otherPathsAre404_otherMethods405() {
        assertEquals(404, api.route("GET", "/other", null, null).status());
        assertEquals(404, api.route("GET", "/summariesX", null, null).status());
        ApiResponse post = api.route("POST", "/summaries", null, null);
        assertEquals(405, post.status());
        assertEquals("GET", post.headers().get("Allow"));
    }

    @Test
    void list_returnsProjectedItemsInKeyOrderWithoutTombstones() throws Exception {
        JsonNode page = body(api.list("bucket=docs"));
        List<String> keys = new ArrayList<>();
        page.path("items").forEach(i -> keys.add(i.path("key").asText()));
        assertEquals(List.of("a/b c+d/été.txt", "plain.txt"), keys);
        assertTrue(page.path("cursor").isNull());
        assertFalse(page.path("items").path(0).has("pk"));
    }

    @Test
    void list_queryPlusIsASpace_encodedPlusIsAPlus() throws Exception {
        assertEquals(1, body(api.list("bucket=docs&prefix=a%2Fb+c%2Bd")).path("items").size());
        assertEquals(0, body(api.list("bucket=docs&prefix=a%2Fb+c+d")).path("items").size());
    }

    @Test
    void list_pagesWithACursorUntilNull() throws Exception {
        JsonNode first = body(api.list("bucket=docs&limit=1"));
        assertEquals("a/b c+d/été.txt", first.path("items").path(0).path("key").asText());
        String cursor = first.path("cursor").asText();
        assertFalse(cursor.isEmpty());
        JsonNode second = body(api.list("bucket=docs&limit=1&cursor=" + cursor));
        assertEquals("plain.txt", second.path("items").path(0).path("key").asText());
        assertTrue(second.path("cursor").isNull());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''                                  | bucket is required",
        "bucket=docs&limit=0                 | limit",
        "bucket=docs&limit=101               | limit",
        "bucket=docs&limit=ten               | limit",
        "bucket=docs&prefx=a                 | unknown query parameter",
        "bucket=docs&bucket=other            | more than once",
        "bucket=docs&cursor=%%%              | percent-escape",
        "bucket=docs&cursor=bm90IGpzb24      | cursor is malformed",
        "bucket=docs&cursor=e30              | cursor is malformed",
        "bucket=UPPER                        | bucket",
    })
    void list_malformedIs400NamingTheParameter(String query, String message) throws Exception {
        ApiResponse response = api.list(query);
        assertEquals(400, response.status(), query);
        assertTrue(body(response).path("message").asText().contains(message), body(response).toString());
        assertEquals(0, table.lists, "a bad request reads nothing");
    }

    @Test
    void list_cursorOfAnotherListingIsRefused() throws Exception {
        String cursor = new Cursor("docs", "a/", "a/b c+d/été.txt").encode();
        ApiResponse response = api.list("bucket=docs&prefix=plain&cursor=" + cursor);
        assertEquals(400, response.status());
        assertTrue(body(response).path("message").asText().contains("another listing"));
    }

    @Test
    void log_namesRouteAndStatusButNeverTheSummary() {
        get("/summaries/docs/plain.txt");
        api.list("bucket=docs");
        String log = logBytes.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("\"route\":\"get\"") && log.contains("\"status\":200") && log.contains("\"items\":2"), log);
        assertFalse(log.contains("3,000 homes"), "a summary in the log");
    }
}
