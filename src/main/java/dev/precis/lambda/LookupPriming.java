package dev.precis.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.precis.engine.DocumentStats;
import dev.precis.engine.SummaryResult;
import dev.precis.facts.KeyFacts;
import dev.precis.log.JsonLog;
import dev.precis.lookup.LookupApi;
import dev.precis.store.DynamoSummaryReader;
import dev.precis.store.Sequencer;
import dev.precis.store.Status;
import dev.precis.store.SummaryRecord;
import dev.precis.store.SummaryStore;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The lookup function's SnapStart priming: just before the snapshot, a GET of a summary that is
 * never written and a listing page of a bucket that never has summaries go through a handler built
 * like the function's, on the same table reader, in each of the hook's rounds
 * ({@link SnapshotPriming#SNAPSHOT_ROUNDS}). The snapshot then holds the request path loaded and
 * compiled (event, routing, DynamoDB marshalling, signing, HTTP, unmarshalling, the JSON answer), so
 * the first request after a restore does not pay for it. Each round also serves a GET and a listing
 * page that find a summary, against canned answers ({@link #serveFoundOnce}), since the real table
 * never has one to find.
 *
 * <p>Only before the snapshot, not at init: without SnapStart, a cold request waits for init and
 * its invocation alike, so priming at init would only move the same work and add two reads. The
 * priming handler logs nothing (its requests are not callers'), and a table that does not answer
 * only shows in the report: the API answers 503 or 500 then, it never throws.
 */
public final class LookupPriming extends SnapshotPriming<LookupPriming.Report> {
    /** The table of the found part's canned answers: its requests never leave the process. */
    private static final String CANNED_TABLE = "precis-priming";

    private final LookupHandler handler;
    private final Region cannedRegion;

    /**
     * The statuses the two requests got (404 and 200 when the table answered), whether the found
     * part got its summary and its page (false when it was left out), and how long it all took.
     */
    public record Report(int getStatus, int listStatus, boolean foundServed, long millis) {
        public boolean tableReached() {
            return getStatus == 404 && listStatus == 200;
        }
    }

    /** @param handler a handler on the function's table reader whose API logs nothing; no found part */
    public LookupPriming(LookupHandler handler) {
        this(handler, null);
    }

    /**
     * @param handler a handler on the function's table reader whose API logs nothing
     * @param cannedRegion the function's region, for the found part's client; null leaves that part out
     */
    public LookupPriming(LookupHandler handler, Region cannedRegion) {
        this.handler = handler;
        this.cannedRegion = cannedRegion;
    }

    @Override
    protected Report run() {
        long start = System.nanoTime();
        int get = get(handler);
        int list = list(handler);
        boolean found = cannedRegion != null && serveFoundOnce(cannedRegion);
        return new Report(get, list, found, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The found part, before a snapshot only: a GET and a listing page through a handler built like
     * the function's, on a table reader whose DynamoDB client is configured like its own but answers
     * every request itself ({@link CannedHttpClient}), with the item the summarizing function writes
     * for a summary (marshalled by the SDK, through a canned PutItem of {@link #primingRecord()}),
     * for the GetItem and for every shard's Query. So what only a found summary runs (the item's
     * unmarshalling and mapping, its ETag, the JSON answer with summary and facts) is compiled in the
     * snapshot. Nothing is sent and the handler logs nothing.
     *
     * @return whether the GET and the page both answered 200
     */
    static boolean serveFoundOnce(Region region) {
        try {
            Object item = primingItem(region);
            Map<String, byte[]> answers = Map.of("GetItem", JSON.std.asBytes(Map.of("Item", item)),
                    "Query", JSON.std.asBytes(Map.of("Items", List.of(item), "Count", 1, "ScannedCount", 1)));
            try (DynamoDbClient dynamo = CannedHttpClient.dynamoDb(answers).dynamoDbClient(region)) {
                LookupHandler found = new LookupHandler(new LookupApi(new DynamoSummaryReader(dynamo, CANNED_TABLE), JsonLog.discarding()));
                return get(found) == 200 && list(found) == 200;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The item the summarizing function writes for {@link #primingRecord()}, as DynamoDB's JSON: the body of a canned PutItem. */
    private static Object primingItem(Region region) throws IOException {
        CannedHttpClient http = CannedHttpClient.dynamoDb(Map.of());
        try (DynamoDbClient dynamo = http.dynamoDbClient(region)) {
            new SummaryStore(dynamo, CANNED_TABLE).put(primingRecord());
        }
        return JSON.std.mapFrom(http.lastRequestBody()).get("Item");
    }

    /** A summary of the priming key as the pipeline stores one: no user's document. */
    static SummaryRecord primingRecord() {
        KeyFacts facts = new KeyFacts(List.of(new KeyFacts.Entity("Ada Lovelace", "PERSON", 2)), List.of(new KeyFacts.DateMention("1 March 2026", "2026-03-01")),
                List.of(new KeyFacts.Quantity("3 km", "DISTANCE")), List.of(new KeyFacts.Quote("It works.", "Ada Lovelace")), List.of("analytical engine"));
        SummaryResult result = new SummaryResult("Priming", "en", null, List.of("The first sentence.", "The second sentence."), facts,
                new DocumentStats(120, 20, 2, 0.1), "precis-priming");
        return new SummaryRecord(SnapStartPriming.PRIMING_BUCKET, SnapStartPriming.PRIMING_KEY, null, "precis-priming", 120L, "text/plain",
                Sequencer.parse(SnapStartPriming.PRIMING_SEQUENCER), "ObjectCreated:Put", Status.DONE, null, "text", "UTF-8", List.of(), result, Instant.now());
    }

    private static int get(LookupHandler handler) {
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRouteKey(LookupHandler.GET_ROUTE)
                .withPathParameters(Map.of("bucket", SnapStartPriming.PRIMING_BUCKET, "key", SnapStartPriming.PRIMING_KEY)).build(), null)
                .getStatusCode();
    }

    private static int list(LookupHandler handler) {
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRouteKey(LookupHandler.LIST_ROUTE)
                .withRawQueryString("bucket=" + SnapStartPriming.PRIMING_BUCKET + "&limit=1").build(), null)
                .getStatusCode();
    }

    @Override
    protected boolean reachedAll(Report report) {
        return report.tableReached();
    }
}
