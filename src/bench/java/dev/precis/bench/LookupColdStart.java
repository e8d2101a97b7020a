package dev.precis.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.precis.lambda.LookupHandler;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The lookup function's cold start: its handler built as the Lambda runtime builds it (the
 * no-argument constructor: settings and the DynamoDB client), then one GET of the summary of the
 * event's object and one page of its bucket's listing, as API Gateway hands them over. The
 * cold-start benchmark runs it after {@code precis invoke} has stored that summary. Prints the same
 * stderr line as {@code precis invoke} (the invocation: both requests), so both are read alike.
 */
final class LookupColdStart {
    /** @param initMs the handler built @param invocationMs the GET and the list page */
    record Timings(long initMs, long invocationMs) {}

    private LookupColdStart() {}

    /** The argument that runs the handler's SnapStart priming after init, as before a snapshot. */
    static final String PRIMED = "--primed";

    /** {@code LookupColdStart [--primed] EVENT.json}, with the lookup function's environment (TABLE_NAME, endpoints). */
    public static void main(String[] args) throws IOException {
        boolean primed = args.length == 2 && args[0].equals(PRIMED);
        if (args.length != 1 && !primed) throw new IllegalArgumentException("usage: LookupColdStart [" + PRIMED + "] EVENT.json");
        Timings t = run(primed ? LookupColdStart::primedHandler : LookupHandler::new, Path.of(args[args.length - 1]));
        System.err.println(ColdStart.timingsLine(t.initMs(), t.invocationMs()));
        System.out.println("{ \"found\" : 1 }");
    }

    /**
     * The runtime's handler, then its SnapStart hook's priming, as SnapStart runs them before the
     * snapshot.
     *
     * @throws IllegalStateException when the priming did not reach the table
     */
    static LookupHandler primedHandler() {
        LookupHandler handler = new LookupHandler();
        handler.priming().beforeCheckpoint(null);
        if (!handler.priming().lastReport().tableReached()) throw new IllegalStateException("priming did not reach the table: " + handler.priming().lastReport());
        return handler;
    }

    /** @throws IllegalStateException when either request does not answer 200 */
    static Timings run(Supplier<LookupHandler> handlerFactory, Path event) throws IOException {
        ColdStart.EventObject object = ColdStart.EventObject.firstIn(event);
        long start = System.nanoTime();
        LookupHandler handler = handlerFactory.get();
        long initialized = System.nanoTime();
        expectOk(handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRouteKey(LookupHandler.GET_ROUTE)
                .withPathParameters(Map.of("bucket", object.bucket(), "key", object.key())).build(), null), "GET");
        expectOk(handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRouteKey(LookupHandler.LIST_ROUTE)
                .withRawQueryString("bucket=" + URLEncoder.encode(object.bucket(), StandardCharsets.UTF_8) + "&limit=5").build(), null), "list");
        long invoked = System.nanoTime();
        return new Timings((initialized - start) / 1_000_000, (invoked - initialized) / 1_000_000);
    }

    private static void expectOk(APIGatewayV2HTTPResponse response, String request) {
        if (response.getStatusCode() != 200) throw new IllegalStateException("lookup " + request + " answered " + response.getStatusCode());
    }
}
