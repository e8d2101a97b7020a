package dev.precis.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;

/**
 * The lookup function's SnapStart priming: just before the snapshot, a GET of a summary that is
 * never written and a listing page of a bucket that never has summaries go through a handler built
 * like the function's, on the same table reader, in each of the hook's rounds
 * ({@link SnapshotPriming#SNAPSHOT_ROUNDS}). The snapshot then holds the request path loaded and
 * compiled (event, routing, DynamoDB marshalling, signing, HTTP, unmarshalling, the JSON answer), so
 * the first request after a restore does not pay for it.
 *
 * <p>Only before the snapshot, not at init: without SnapStart, a cold request waits for init and
 * its invocation alike, so priming at init would only move the same work and add two reads. The
 * priming handler logs nothing (its requests are not callers'), and a table that does not answer
 * only shows in the report: the API answers 503 or 500 then, it never throws.
 */
public final class LookupPriming extends SnapshotPriming<LookupPriming.Report> {
    private final LookupHandler handler;

    /** The statuses the two requests got (404 and 200 when the table answered) and how long both took. */
    public record Report(int getStatus, int listStatus, long millis) {
        public boolean tableReached() {
            return getStatus == 404 && listStatus == 200;
        }
    }

    /** @param handler a handler on the function's table reader whose API logs nothing */
    public LookupPriming(LookupHandler handler) {
        this.handler = handler;
    }

    @Override
    protected Report run() {
        long start = System.nanoTime();
        int get = handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRouteKey(LookupHandler.GET_ROUTE)
                .withPathParameters(Map.of("bucket", SnapStartPriming.PRIMING_BUCKET, "key", SnapStartPriming.PRIMING_KEY)).build(), null)
                .getStatusCode();
        int list = handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRouteKey(LookupHandler.LIST_ROUTE)
                .withRawQueryString("bucket=" + SnapStartPriming.PRIMING_BUCKET + "&limit=1").build(), null)
                .getStatusCode();
        return new Report(get, list, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    protected boolean reachedAll(Report report) {
        return report.tableReached();
    }
}
