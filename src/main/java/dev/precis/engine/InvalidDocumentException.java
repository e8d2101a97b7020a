package dev.precis.engine;

/**
 * The input cannot be summarized (empty, binary, unsupported format, no sentences). Stored as status
 * SKIPPED with the reason; not worth a retry: callers store or
 * print the reason. The message never contains document text.
 */
public final class InvalidDocumentException extends RuntimeException {
    private final String reason;

    public InvalidDocumentException(String reason) {
        super(reason);
        this.reason = reason;
    }

    /** A short, stable, human-readable reason such as "empty document". */
    public String reason() {
        return reason;
    }
}
