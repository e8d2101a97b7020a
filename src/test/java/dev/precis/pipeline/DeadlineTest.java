package dev.precis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void check_passesUntilOnlyTheMarginIsLeft() {
        Deadline deadline = Deadline.of(8_000, Duration.ofSeconds(5), nanos::get);
        assertEquals(3_000, deadline.remainingMillis());
        deadline.check("record");
        nanos.addAndGet(Duration.ofMillis(2_999).toNanos());
        deadline.check("read");
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        DeadlineExceededException e = assertThrows(DeadlineExceededException.class, () -> deadline.check("write"));
        assertEquals("write", e.step());
        assertTrue(Retryable.isRetryable(e), "a deadline failure must make Lambda retry the event");
    }

    @Test
    void lessTimeThanTheMargin_failsAtOnce() {
        Deadline deadline = Deadline.of(1_000, Duration.ofSeconds(5), nanos::get);
        assertEquals(-4_000, deadline.remainingMillis());
        assertThrows(DeadlineExceededException.class, () -> deadline.check("record"));
    }

    @Test
    void none_neverPasses() {
        Deadline.NONE.check("write");
        assertEquals(Long.MAX_VALUE, Deadline.NONE.remainingMillis());
    }
}
