package dev.precis.lambda;

import dev.precis.pipeline.Retryable;
import java.util.List;

/**
 * Some records of an event failed after all of them were tried; thrown so Lambda retries the event.
 * The first failure is the cause, the others are suppressed. The message holds counts and error
 * classes only.
 */
public final class RecordsFailedException extends RuntimeException {
    private final boolean retryable;

    private RecordsFailedException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    static RecordsFailedException of(List<RuntimeException> failures, int records) {
        boolean retryable = failures.stream().anyMatch(Retryable::isRetryable);
        RuntimeException first = failures.get(0);
        RecordsFailedException e = new RecordsFailedException(failures.size() + " of " + records + " records failed"
                + (retryable ? " (retryable)" : "") + "; first: " + first.getClass().getSimpleName(), first, retryable);
        failures.subList(1, failures.size()).forEach(e::addSuppressed);
        return e;
    }

    /** Whether any failure was throttling, a 5xx, a timeout or a network error. */
    public boolean retryable() {
        return retryable;
    }
}
