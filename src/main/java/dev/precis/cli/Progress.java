package dev.precis.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress on stderr: a redrawn bar (done, docs/s, ETA) when a person is watching a terminal, a
 * plain line every few seconds otherwise (logs, CI).
 */
final class Progress {
    private static final long LINE_INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int BAR_WIDTH = 30;

    private final long total;
    private final PrintStream err;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long done;
    private long lastPrint = start;

    Progress(long total, PrintStream err) {
        this.total = total;
        this.err = err;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (terminal && now - lastPrint > 100_000_000L) {
            err.print("\r" + bar() + "  " + figures(now));
            lastPrint = now;
        } else if (!terminal && now - lastPrint > LINE_INTERVAL_NANOS) {
            err.println("precis: " + figures(now));
            lastPrint = now;
        }
    }

    long done() {
        return done;
    }

    void finish() {
        long now = System.nanoTime();
        if (terminal) err.print("\r" + bar() + "  ");
        err.println((terminal ? "" : "precis: ") + figures(now));
    }

    private String bar() {
        int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * done / total);
        return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "]";
    }

    private String figures(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        long remaining = rate > 0 ? Math.round((total - done) / rate) : 0;
        return String.format("%d/%d docs  %.1f docs/s  ETA %d:%02d", done, total, rate, remaining / 60, remaining % 60);
    }
}
