package dev.precis.facts;

import java.util.List;

/** Structured facts found in a document; every list is capped (see {@link FactLimits}). */
public record KeyFacts(
        List<Entity> entities,
        List<DateMention> dates,
        List<Quantity> quantities,
        List<Quote> quotes,
        List<String> keyPhrases) {

    public KeyFacts {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
        keyPhrases = List.copyOf(keyPhrases);
    }

    public static final KeyFacts EMPTY = new KeyFacts(List.of(), List.of(), List.of(), List.of(), List.of());

    /** A named thing; {@code type} is PERSON, ORGANIZATION, LOCATION or OTHER. */
    public record Entity(String text, String type, int mentions) {}

    /** A date as written, with its ISO-8601 value when it could be resolved (else null). */
    public record DateMention(String text, String value) {}

    /** An amount as written; {@code type} is MONEY, PERCENT, NUMBER, ... */
    public record Quantity(String text, String type) {}

    /** A direct quotation and who said it, when the text says so (else null). */
    public record Quote(String text, String speaker) {}
}
