package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.precis.log.JsonLog;
import dev.precis.lookup.InMemorySummaryReader;
import dev.precis.lookup.LookupApi;
import dev.precis.lookup.Records;
import dev.precis.store.Status;
import dev.precis.store.SummaryReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;

/** The lookup function's SnapStart hook, called the way the runtime calls it before the snapshot; no AWS needed. */
class LookupPrimingTest {
    private final InMemorySummaryReader table = new InMemorySummaryReader().put(Records.done("precis-documents-local", "a.txt", "0A"));

    @Test
    void beforeCheckpoint_getsAndListsThroughTheHandler_andTheTableAnswers() {
        LookupPriming priming = new LookupPriming(new LookupHandler(new LookupApi(table, quietLog())));
        assertNull(priming.lastReport(), "nothing runs before the checkpoint");
        int listsBefore = table.lists;

        priming.beforeCheckpoint(null);

        LookupPriming.Report report = priming.lastReport();
        assertNotNull(report);
        assertEquals(404, report.getStatus(), "the priming key is never written");
        assertEquals(200, report.listStatus());
        assertTrue(report.tableReached());
        assertEquals(listsBefore + SnapshotPriming.SNAPSHOT_ROUNDS, table.lists, "one listing page read in each round");
    }

    @Test
    void beforeCheckpoint_withATableThatDoesNotAnswer_neverThrows() {
        AtomicInteger finds = new AtomicInteger();
        SummaryReader down = new SummaryReader() {
            @Override
            public Optional<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> find(String bucket, String key) {
                finds.incrementAndGet();
                throw SdkClientException.create("connection refused");
            }

            @Override
            public Page list(String bucket, String prefix, String afterKey, int limit) {
                throw SdkClientException.create("connection refused");
            }
        };
        LookupPriming priming = new LookupPriming(new LookupHandler(new LookupApi(down, quietLog())));
        priming.beforeCheckpoint(null);
        assertFalse(priming.lastReport().tableReached());
        assertTrue(priming.lastReport().getStatus() >= 500, "answered " + priming.lastReport().getStatus());
        assertEquals(1, finds.get(), "no more rounds after one the table did not answer");
    }

    @Test
    void theRuntimesHandler_primesWithoutLogging_whileItsRequestsAreLogged() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LookupHandler handler;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            handler = new LookupHandler(table); // what the no-argument constructor builds, on this table
        } finally {
            System.setOut(stdout);
        }
        assertNotNull(handler.priming(), "the runtime's handler registers its hook");
        assertTrue(handler.priming().prime().tableReached());
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "priming requests are not callers' and are not logged");

        handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRouteKey(LookupHandler.GET_ROUTE)
                .withPathParameters(Map.of("bucket", "precis-documents-local", "key", "a.txt")).build(), null);
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("\"status\":200"), "a caller's request is logged: " + captured);
    }

    @Test
    void beforeCheckpoint_withTheFoundPart_alsoServesASummaryFromCannedAnswers() {
        LookupPriming priming = new LookupPriming(new LookupHandler(new LookupApi(table, quietLog())), Region.US_EAST_1);
        priming.beforeCheckpoint(null);
        assertTrue(priming.lastReport().foundServed(), "a GET and a page that find the summary both answered 200");
        assertTrue(priming.lastReport().tableReached());
        assertFalse(new LookupPriming(new LookupHandler(new LookupApi(table, quietLog()))).prime().foundServed(), "left out without a region");
    }

    @Test
    void primingRecord_isWrittenAsTheSummarizingFunctionWritesASummary() {
        assertTrue(LookupPriming.serveFoundOnce(Region.EU_WEST_1));
        assertEquals(Status.DONE, LookupPriming.primingRecord().status());
    }

    @Test
    void handlersBuiltFromAnApi_haveNoHook() {
        assertNull(new LookupHandler(new LookupApi(table, quietLog())).priming());
    }

    private static JsonLog quietLog() {
        return new JsonLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC());
    }
}
