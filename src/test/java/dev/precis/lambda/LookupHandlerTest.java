package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.log.JsonLog;
import dev.precis.lookup.InMemorySummaryReader;
import dev.precis.lookup.LookupApi;
import dev.precis.lookup.Records;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lookup handler on API Gateway HTTP API (payload 2.0) events, loaded as the runtime loads them. */
class LookupHandlerTest {
    private static final String KEY = "reports/Q3 2025+draft/été.txt";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final InMemorySummaryReader table = new InMemorySummaryReader()
            .put(Records.done("precis-documents-local", KEY, "0A"))
            .put(Records.done("precis-documents-local", "reports/Q3 2025+final.txt", "0A"))
            .put(Records.done("precis-documents-local", "reports/Q3 2025+notes.txt", "0A"))
            .put(Records.done("precis-documents-local", "reports/Q4.txt", "0A"));
    private final LookupHandler handler = new LookupHandler(new LookupApi(table,
            new JsonLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC())));

    private static APIGatewayV2HTTPEvent event(String name) {
        return EventLoader.loadApiGatewayHttpEvent("dev/precis/lambda/" + name);
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) throws Exception {
        return JSON.readTree(response.getBody());
    }

    @Test
    void get_usesTheDecodedPathParameters_spacesPlusAndNonAscii() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("get-summary.json"), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(KEY, body(response).path("key").asText());
        assertEquals("Tidal plant opens", body(response).path("title").asText());
        assertFalse(body(response).has("pk"));
        assertTrue(response.getHeaders().get("Content-Type").startsWith("application/json"));
        assertTrue(response.getHeaders().get("ETag").startsWith("\""));
        assertFalse(response.getIsBase64Encoded());
    }

    @Test
    void get_ifNoneMatchWithTheCurrentTag_is304WithoutBody() {
        String etag = handler.handleRequest(event("get-summary.json"), null).getHeaders().get("ETag");
        APIGatewayV2HTTPEvent conditional = event("get-summary-if-none-match.json");
        assertEquals(200, handler.handleRequest(conditional, null).getStatusCode(), "the fixture's placeholder tag matches nothing");

        Map<String, String> headers = new HashMap<>(conditional.getHeaders());
        headers.put("if-none-match", etag);
        conditional.setHeaders(headers);
        APIGatewayV2HTTPResponse response = handler.handleRequest(conditional, null);
        assertEquals(304, response.getStatusCode());
        assertNull(response.getBody());
        assertEquals(etag, response.getHeaders().get("ETag"));
    }

    @Test
    void get_badBucketName_is400WithAnErrorBody() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("get-summary-bad-bucket.json"), null);
        assertEquals(400, response.getStatusCode());
        assertEquals("invalid_request", body(response).path("error").asText());
        assertTrue(body(response).path("message").asText().startsWith("bucket"));
    }

    @Test
    void get_unknownKey_is404() throws Exception {
        APIGatewayV2HTTPEvent event = event("get-summary.json");
        event.setPathParameters(Map.of("bucket", "precis-documents-local", "key", "never/uploaded.txt"));
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(404, response.getStatusCode());
        assertEquals("not_found", body(response).path("error").asText());
    }

    @Test
    void get_overlongKey_is400() {
        APIGatewayV2HTTPEvent event = event("get-summary.json");
        event.setPathParameters(Map.of("bucket", "precis-documents-local", "key", "k".repeat(1025)));
        assertEquals(400, handler.handleRequest(event, null).getStatusCode());
    }

    @Test
    void list_decodesTheRawQueryString_andPagesWithTheCursor() throws Exception {
        APIGatewayV2HTTPEvent event = event("list-summaries.json");
        JsonNode first = body(handler.handleRequest(event, null));
        assertEquals(2, first.path("items").size());
        assertEquals(KEY, first.path("items").path(0).path("key").asText());
        assertEquals("reports/Q3 2025+final.txt", first.path("items").path(1).path("key").asText());
        assertEquals("Tidal plant opens", first.path("items").path(0).path("title").asText());

        event.setRawQueryString(event.getRawQueryString() + "&cursor=" + first.path("cursor").asText());
        JsonNode second = body(handler.handleRequest(event, null));
        assertEquals(1, second.path("items").size(), "Q4.txt is outside the prefix");
        assertEquals("reports/Q3 2025+notes.txt", second.path("items").path(0).path("key").asText());
        assertTrue(second.path("cursor").isNull());
    }

    @Test
    void otherRoutes_are404() {
        APIGatewayV2HTTPEvent event = event("get-summary.json");
        event.setRouteKey("$default");
        assertEquals(404, handler.handleRequest(event, null).getStatusCode());
    }
}
