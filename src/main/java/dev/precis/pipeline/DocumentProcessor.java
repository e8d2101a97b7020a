package dev.precis.pipeline;

/** What the handler asks of the pipeline, per record. Implementations are thread-safe. */
public interface DocumentProcessor {
    /** An object was created or overwritten: summarize it and store the result or a status. */
    Outcome created(ObjectEvent event);

    /** An object was deleted: store a tombstone. */
    Outcome removed(ObjectEvent event);
}
