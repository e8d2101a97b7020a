package dev.precis.store;

/** What the stored item says about its document. */
public enum Status {
    /** Summarized: the item has the engine's output. */
    DONE,
    /** Not summarizable (empty, binary, too large, gone): {@code reason} says why; not retried. */
    SKIPPED,
    /** Broken input (undecodable, corrupt) or an engine error: {@code reason} says why; not retried. */
    FAILED,
    /** The object was deleted: a tombstone that keeps the sequencer, so a late older event cannot bring it back. */
    DELETED
}
