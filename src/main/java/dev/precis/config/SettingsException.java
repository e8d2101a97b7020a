package dev.precis.config;

/** A setting is missing or out of range; the message names the environment variable, never its value. */
public final class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}
