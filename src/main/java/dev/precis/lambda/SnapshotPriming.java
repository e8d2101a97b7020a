package dev.precis.lambda;

import org.crac.Context;
import org.crac.Resource;

/**
 * A SnapStart hook that primes just before the snapshot (Lambda calls {@code beforeCheckpoint}
 * through CRaC), so every restore starts with what the priming loaded and compiled, and keeps the
 * report of the last priming. Priming never fails the checkpoint: what it could not reach shows in
 * its report. Outside SnapStart (no CRaC support) the hook is never called.
 *
 * <p>Before the snapshot it primes {@link #SNAPSHOT_ROUNDS} times, not once. One pass loads the
 * classes, but the JIT compiles a method only once it has run a few hundred times, and much of an
 * event's path (the engine's per-document code, the SDK's request path) runs a few times per event:
 * after one pass it would still be interpreted after every restore. The rounds cost only the
 * snapshot's creation (0.4-0.65 s here), never an event: the first event after them took 52-56 ms
 * instead of 66-70 ms in the benchmark, and 33-34 ms once the S3 function's rounds also ran the
 * built-in event against canned answers (README, "Cold start on Lambda").
 *
 * @param <R> what one priming reports
 */
public abstract class SnapshotPriming<R> implements Resource {
    /** Primings before the snapshot: 25 gained only 2 ms more in the first event, at twice the time. */
    static final int SNAPSHOT_ROUNDS = 10;

    private volatile R last;

    /**
     * Primes up to {@link #SNAPSHOT_ROUNDS} times; stops after a round that did not reach everything
     * it was given, so a table or bucket that does not answer costs its timeouts once, not every round.
     */
    @Override
    public final void beforeCheckpoint(Context<? extends Resource> context) {
        for (int round = 0; round < SNAPSHOT_ROUNDS; round++) {
            if (!reachedAll(prime())) return;
        }
    }

    @Override
    public final void afterRestore(Context<? extends Resource> context) {
        // nothing to refresh: the clients read credentials per request, names are resolved per new
        // connection (AwsClients.resolveNamesAfresh), the JDK drops kept-alive connections idle past
        // their time by the wall clock, which a restore moves on, and a connection that still went
        // stale is retried by the SDK like any broken one
    }

    /** Runs the priming once now and returns its report (also kept as {@link #lastReport()}). */
    public final R prime() {
        return record(run());
    }

    /** Keeps a priming done elsewhere (a handler's init) as the last report. */
    final R record(R report) {
        last = report;
        return report;
    }

    /** The last priming's report, or null when it has not run. */
    public final R lastReport() {
        return last;
    }

    /** One priming; must not throw for a store or bucket that does not answer. */
    protected abstract R run();

    /** Whether one priming reached every store and bucket it was given, so that another round is worth its time. */
    protected abstract boolean reachedAll(R report);
}
