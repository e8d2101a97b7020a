package dev.precis.pipeline;

/** What the handler asks of the pipeline, per record. Implementations are thread-safe. */
public interface DocumentProcessor {
    /**
     * An object was created or overwritten: summarize it and store the result or a status.
     *
     * @throws DeadlineExceededException when the deadline came before the read or the write
     */
    Outcome created(ObjectEvent event, Deadline deadline);

    /**
     * An object was deleted: store a tombstone.
     *
     * @throws DeadlineExceededException when the deadline came before the write
     */
    Outcome removed(ObjectEvent event, Deadline deadline);
}
