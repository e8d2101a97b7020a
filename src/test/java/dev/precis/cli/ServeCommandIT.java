package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.local.LocalServers;
import dev.precis.local.TestServers;
import dev.precis.lookup.Records;
import dev.precis.store.SummaryStore;
import dev.precis.store.TableDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code java -jar target/precis.jar serve} against dynalite, over real HTTP: the routes, the
 * encodings a client may use, conditional requests and pagination, end to end.
 */
class ServeCommandIT {
    private static final String TABLE = "precis-serve-it";
    private static final String BUCKET = "serve-docs";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> ODD_KEYS = List.of("a/b/c.txt", "reports/Q3 2025 final.txt", "c++/notes+1.md", "été/日本語 🌊.txt", "100%/x.txt");
    private static Process serve;
    private static URI base;

    @BeforeAll
    static void startServe() throws Exception {
        Path jar = JarRun.jar();
        LocalServers local = TestServers.get();
        DynamoDbClient dynamo = local.dynamoDbClient();
        TableDefinition.create(dynamo, TABLE);
        SummaryStore store = new SummaryStore(dynamo, TABLE);
        for (String key : ODD_KEYS) store.put(Records.done(BUCKET, key, "0A"));
        for (int i = 0; i < 45; i++) store.put(Records.done(BUCKET, String.format("paged/%02d.txt", i), "0A"));

        int port = LocalServers.freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--port", String.valueOf(port)).redirectErrorStream(true);
        local.putFunctionEnvironment(builder.environment(), TABLE, null);
        serve = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertNotNull(first, "serve exited before listening");
        assertTrue(first.startsWith("listening on http://127.0.0.1:" + port + "/summaries"), first);
        Thread drain = new Thread(() -> out.lines().forEach(line -> { }), "serve-output");
        drain.setDaemon(true);
        drain.start();
        base = URI.create("http://127.0.0.1:" + port);
    }

    @AfterAll
    static void stopServe() throws InterruptedException {
        if (serve == null) return;
        serve.destroy();
        if (!serve.waitFor(10, TimeUnit.SECONDS)) serve.destroyForcibly();
    }

    private static HttpResponse<String> get(String rawPathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + rawPathAndQuery)).timeout(Duration.ofSeconds(20)).GET();
        if (headers.length > 0) request.headers(headers);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The documented client rule: percent-encode the key's UTF-8 bytes (RFC 3986), "/" may stay. */
    private static String encodeKey(String key, boolean keepSlashes) {
        String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
        return keepSlashes ? encoded.replace("%2F", "/") : encoded;
    }

    @Test
    void get_found() throws Exception {
        HttpResponse<String> response = get("/summaries/" + BUCKET + "/paged/07.txt");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode item = JSON.readTree(response.body());
        assertEquals("paged/07.txt", item.path("key").asText());
        assertEquals("DONE", item.path("status").asText());
        assertEquals("It powers 3,000 homes.", item.path("summary").path(1).asText());
        assertEquals("Maria Okafor", item.path("keyFacts").path("entities").path(0).path("text").asText());
        assertFalse(item.has("pk") || item.has("listShard"));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void get_notFound() throws Exception {
        HttpResponse<String> response = get("/summaries/" + BUCKET + "/paged/never.txt");
        assertEquals(404, response.statusCode());
        assertEquals("not_found", JSON.readTree(response.body()).path("error").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b/c.txt", "reports/Q3 2025 final.txt", "c++/notes+1.md", "été/日本語 🌊.txt", "100%/x.txt"})
    void get_oddKeys_withSlashesEncodedOrNot(String key) throws Exception {
        for (boolean keepSlashes : new boolean[] {true, false}) {
            HttpResponse<String> response = get("/summaries/" + BUCKET + "/" + encodeKey(key, keepSlashes));
            assertEquals(200, response.statusCode(), key + ": " + response.body());
            assertEquals(key, JSON.readTree(response.body()).path("key").asText());
        }
    }

    @Test
    void get_plusInThePathIsAPlus() throws Exception {
        assertEquals("c++/notes+1.md", JSON.readTree(get("/summaries/" + BUCKET + "/c++/notes+1.md").body()).path("key").asText());
    }

    @Test
    void get_overlongKey_is400() throws Exception {
        HttpResponse<String> response = get("/summaries/" + BUCKET + "/" + "k".repeat(1025));
        assertEquals(400, response.statusCode());
        JsonNode error = JSON.readTree(response.body());
        assertEquals("invalid_request", error.path("error").asText());
        assertTrue(error.path("message").asText().contains("1024 bytes"), error.toString());
    }

    @Test
    void get_badEncoding_is400() throws Exception {
        assertEquals(400, get("/summaries/" + BUCKET + "/bad%C3%28.txt").statusCode());
        assertEquals(400, get("/summaries/Not_A_Bucket/x.txt").statusCode());
    }

    @Test
    void get_matchingEtag_is304() throws Exception {
        HttpResponse<String> first = get("/summaries/" + BUCKET + "/paged/01.txt");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/summaries/" + BUCKET + "/paged/01.txt", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, get("/summaries/" + BUCKET + "/paged/02.txt", "If-None-Match", etag).statusCode(), "another document's tag");
    }

    @Test
    void list_paginatesInKeyOrder_everyKeyExactlyOnce() throws Exception {
        List<String> keys = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String query = "/summaries?bucket=" + BUCKET + "&prefix=paged%2F&limit=10" + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> response = get(query);
            assertEquals(200, response.statusCode(), response.body());
            JsonNode page = JSON.readTree(response.body());
            page.path("items").forEach(item -> {
                keys.add(item.path("key").asText());
                assertEquals("DONE", item.path("status").asText());
                assertEquals("Tidal plant opens", item.path("title").asText());
                assertEquals(2, item.path("summary").size());
            });
            cursor = page.path("cursor").isNull() ? null : page.path("cursor").asText();
            pages++;
        } while (cursor != null && pages < 20);
        assertEquals(5, pages, "45 items, 10 a page");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 45; i++) expected.add(String.format("paged/%02d.txt", i));
        assertEquals(expected, keys);
    }

    @Test
    void list_prefixWithNonAsciiAndSpaces() throws Exception {
        JsonNode page = JSON.readTree(get("/summaries?bucket=" + BUCKET + "&prefix=" + URLEncoder.encode("été/日本語 ", StandardCharsets.UTF_8)).body());
        assertEquals(1, page.path("items").size());
        assertEquals("été/日本語 🌊.txt", page.path("items").path(0).path("key").asText());
    }

    @Test
    void list_malformedCursor_is400() throws Exception {
        HttpResponse<String> response = get("/summaries?bucket=" + BUCKET + "&cursor=eyJub3QiOiJhIGN1cnNvciJ9");
        assertEquals(400, response.statusCode());
        assertTrue(JSON.readTree(response.body()).path("message").asText().startsWith("cursor"));
    }
}
