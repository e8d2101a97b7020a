package dev.precis.lookup;

/** A request the API cannot answer as asked (400): the message names the parameter and the rule, never echoes a key. */
public final class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
