package dev.precis.pipeline;

/**
 * Too little of the invocation's time was left to start a step safely. Retryable: nothing was
 * half-written, and Lambda delivers the event again.
 */
public final class DeadlineExceededException extends RuntimeException {
    private final String step;

    public DeadlineExceededException(String step) {
        super("too little time left to start the " + step + ": stopped so that the event is retried");
        this.step = step;
    }

    /** The step that was not started ("record", "read", "write"). */
    public String step() {
        return step;
    }
}
