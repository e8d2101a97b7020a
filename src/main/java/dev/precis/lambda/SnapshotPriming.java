package dev.precis.lambda;

import org.crac.Context;
import org.crac.Resource;

/**
 * A SnapStart hook that primes just before the snapshot (Lambda calls {@code beforeCheckpoint}
 * through CRaC), so every restore starts with what the priming loaded and compiled, and keeps the
 * report of the last priming. Priming never fails the checkpoint: what it could not reach shows in
 * its report. Outside SnapStart (no CRaC support) the hook is never called.
 *
 * @param <R> what one priming reports
 */
public abstract class SnapshotPriming<R> implements Resource {
    private volatile R last;

    @Override
    public final void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public final void afterRestore(Context<? extends Resource> context) {
        // nothing to refresh: the clients read credentials per request, and a connection opened
        // while priming that went stale in the snapshot is retried by the SDK like any broken one
    }

    /** Runs the priming now and returns its report (also kept as {@link #lastReport()}). */
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
}
