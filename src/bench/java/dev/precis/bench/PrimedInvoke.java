package dev.precis.bench;

import dev.precis.cli.LocalContext;
import dev.precis.lambda.S3EventHandler;
import dev.precis.lambda.SnapStartPriming;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The summarizing function as SnapStart runs it: the handler built as the Lambda runtime builds it
 * (the no-argument constructor, which primes at init), then its SnapStart hook's priming, as
 * before the snapshot; then one S3 event. The invocation is what the first event after a restore
 * would still pay, restore itself aside. Prints the same stderr line as {@code precis invoke}
 * (init includes both primings), so both are read alike.
 */
final class PrimedInvoke {
    /** @param initMs the handler built and primed twice @param invocationMs the event */
    record Timings(long initMs, long invocationMs) {}

    private PrimedInvoke() {}

    /** {@code PrimedInvoke EVENT.json}, with the function's environment (TABLE_NAME, DOCUMENTS_BUCKET, endpoints). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: PrimedInvoke EVENT.json");
        Timings t = run(S3EventHandler::new, Path.of(args[0]));
        System.err.println(ColdStart.timingsLine(t.initMs(), t.invocationMs()));
        System.out.println("{ \"stored\" : 1 }");
    }

    /**
     * @throws IllegalStateException when the priming did not reach the table and the bucket, or no
     *     summary of the event's object was stored
     */
    static Timings run(Supplier<S3EventHandler> handlerFactory, Path event) throws IOException {
        byte[] eventBytes = Files.readAllBytes(event);
        long start = System.nanoTime();
        S3EventHandler handler = handlerFactory.get();
        handler.priming().beforeCheckpoint(null);
        SnapStartPriming.Report report = handler.priming().lastReport();
        if (!report.storeReached() || !report.bucketReached()) throw new IllegalStateException("priming did not reach the table and the bucket: " + report);
        long initialized = System.nanoTime();
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(eventBytes), result, new LocalContext());
        long invoked = System.nanoTime();
        String json = result.toString(StandardCharsets.UTF_8);
        if (!json.contains("\"stored\":1") || !json.contains("\"status\":\"DONE\"")) throw new IllegalStateException("the event's object was not summarized: " + json);
        return new Timings((initialized - start) / 1_000_000, (invoked - initialized) / 1_000_000);
    }
}
