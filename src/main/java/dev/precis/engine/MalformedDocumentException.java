package dev.precis.engine;

/**
 * The input claims a format but is broken (a corrupt or encrypted PDF, undecodable text). Stored
 * as status FAILED with the reason; not worth a retry. The message never contains document text.
 */
public final class MalformedDocumentException extends RuntimeException {
    public MalformedDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public MalformedDocumentException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
