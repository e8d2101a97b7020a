package dev.precis.lambda;

/**
 * The invocation's body is not JSON, or JSON that is no S3 notification. The message names the
 * reason and, for bad JSON, where it is; never the body's text. Thrown, so Lambda reports the
 * invocation failed.
 */
public final class MalformedEventException extends RuntimeException {
    MalformedEventException(String message) {
        super(message);
    }
}
