package dev.precis.pipeline;

/** A notification record that cannot be processed as sent (no key, no sequencer): logged and dropped, never retried. */
public final class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }
}
