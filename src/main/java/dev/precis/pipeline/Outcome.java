package dev.precis.pipeline;

import dev.precis.store.Status;

/**
 * What one record led to.
 *
 * @param kind stored, stale (a newer or the same event was there first) or ignored
 * @param status the stored status, or null when nothing was written
 * @param reason why a document was skipped or failed, or why a record was ignored; else null
 */
public record Outcome(Kind kind, Status status, String reason) {
    public enum Kind { STORED, STALE, IGNORED }

    public static Outcome stored(Status status, String reason) {
        return new Outcome(Kind.STORED, status, reason);
    }

    public static Outcome stale() {
        return new Outcome(Kind.STALE, null, "stale or duplicate event");
    }

    public static Outcome ignored(String reason) {
        return new Outcome(Kind.IGNORED, null, reason);
    }
}
