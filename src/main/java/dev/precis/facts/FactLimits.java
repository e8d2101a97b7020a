package dev.precis.facts;

/** Caps that keep one document's facts far inside a 400 KB DynamoDB item whatever the input. */
public final class FactLimits {
    public static final int ENTITIES = 20;
    public static final int DATES = 15;
    public static final int QUANTITIES = 15;
    public static final int QUOTES = 10;
    public static final int KEY_PHRASES = 15;
    /** Longest quote kept, in characters; longer ones are cut at a word boundary and end with "…". */
    public static final int QUOTE_CHARS = 300;
    /** Longest entity, phrase or quantity text kept, in characters. */
    public static final int SHORT_TEXT_CHARS = 100;

    private FactLimits() {}
}
