package dev.precis.cli;

/** A problem the user can fix (bad arguments, missing file, unusable input): one line on stderr, no stack trace. */
final class CliException extends RuntimeException {
    private final int exitCode;

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(String message) {
        this(message, 1);
    }

    int exitCode() {
        return exitCode;
    }
}
