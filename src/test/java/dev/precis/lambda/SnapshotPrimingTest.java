package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How often the hook primes before the snapshot, whatever it primes. */
class SnapshotPrimingTest {
    /** Counts its primings; each reports whether the store answered. */
    private static final class Counting extends SnapshotPriming<Boolean> {
        private final boolean storeAnswers;
        int runs;

        Counting(boolean storeAnswers) {
            this.storeAnswers = storeAnswers;
        }

        @Override
        protected Boolean run() {
            runs++;
            return storeAnswers;
        }

        @Override
        protected boolean reachedAll(Boolean report) {
            return report;
        }
    }

    @Test
    void beforeCheckpoint_primesEveryRound_whenEverythingAnswers() {
        Counting priming = new Counting(true);
        priming.beforeCheckpoint(null);
        assertEquals(SnapshotPriming.SNAPSHOT_ROUNDS, priming.runs);
        assertTrue(SnapshotPriming.SNAPSHOT_ROUNDS > 1, "one round leaves the per-event code interpreted after a restore");
        assertTrue(priming.lastReport());
    }

    @Test
    void beforeCheckpoint_stopsAfterARoundThatDidNotReachEverything() {
        Counting priming = new Counting(false);
        priming.beforeCheckpoint(null);
        assertEquals(1, priming.runs, "a store that does not answer costs its timeouts once");
        assertFalse(priming.lastReport());
    }

    @Test
    void prime_runsOnce() {
        Counting priming = new Counting(true);
        assertNull(priming.lastReport());
        priming.prime();
        assertEquals(1, priming.runs);
    }
}
