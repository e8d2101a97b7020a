package dev.precis.pipeline;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time an invocation may still use: Lambda's remaining time less a safety margin. The pipeline
 * checks it before each record, before reading and before writing, and stops with a retryable
 * {@link DeadlineExceededException} rather than being killed halfway: Lambda retries the event,
 * and the stored sequencers make the retry harmless. Thread-safe.
 */
public final class Deadline {
    /**
     * Kept back for one write and the failure report: a PutItem takes milliseconds, the SDK's
     * retries of a throttled one a few seconds.
     */
    public static final Duration MARGIN = Duration.ofSeconds(5);
    /** No deadline (the command line, tests without a Lambda context). */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, System::nanoTime);

    private final long endNanos;
    private final LongSupplier nanoClock;

    private Deadline(long endNanos, LongSupplier nanoClock) {
        this.endNanos = endNanos;
        this.nanoClock = nanoClock;
    }

    /** @param remainingMillis what Lambda says is left ({@code Context.getRemainingTimeInMillis()}) */
    public static Deadline of(long remainingMillis, Duration margin) {
        return of(remainingMillis, margin, System::nanoTime);
    }

    static Deadline of(long remainingMillis, Duration margin, LongSupplier nanoClock) {
        if (margin.isNegative()) throw new IllegalArgumentException("margin must not be negative, was " + margin);
        return new Deadline(nanoClock.getAsLong() + Duration.ofMillis(remainingMillis).minus(margin).toNanos(), nanoClock);
    }

    /** Milliseconds left before the margin (negative once it has passed); Long.MAX_VALUE for {@link #NONE}. */
    public long remainingMillis() {
        if (this == NONE) return Long.MAX_VALUE;
        return Math.floorDiv(endNanos - nanoClock.getAsLong(), 1_000_000L);
    }

    /** @throws DeadlineExceededException when the margin is reached: {@code step} must not start */
    public void check(String step) {
        if (this != NONE && endNanos - nanoClock.getAsLong() <= 0) throw new DeadlineExceededException(step);
    }
}
