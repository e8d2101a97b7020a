package dev.precis.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quotations in document order with their speakers ({@link SpeakerFinder}), each text once,
 * capped at {@link FactLimits#QUOTES} and cut to {@link FactLimits#QUOTE_CHARS}. A quotation needs
 * {@link #MIN_WORDS} words, or two when the text says who said it (the White House's "tactical
 * pause"); shorter ones are scare quotes or titles. Scanning stops at the cap.
 */
final class QuoteExtractor {
    static final int MIN_WORDS = 3;
    private static final int ATTRIBUTED_MIN_WORDS = 2;
    /** How many sentences before a quote are searched for the person a "he" or "she" stands for. */
    private static final int PRONOUN_LOOKBACK = 2;

    List<KeyFacts.Quote> extract(FactSource source, MentionIndex index) {
        SpeakerFinder speakers = new SpeakerFinder(index);
        QuoteScanner scanner = new QuoteScanner(source.sentences());
        Map<String, KeyFacts.Quote> quotes = new LinkedHashMap<>();
        for (QuoteUnit unit = scanner.next(); unit != null && quotes.size() < FactLimits.QUOTES; unit = scanner.next()) {
            String previous = String.join(" ", source.sentences().subList(Math.max(0, unit.firstSentence() - PRONOUN_LOOKBACK), unit.firstSentence()));
            for (int[] span : unit.spans()) {
                String text = clean(unit.text().substring(span[0], span[1]));
                int words = words(text);
                if (words < ATTRIBUTED_MIN_WORDS || quotes.containsKey(text) || quotes.size() == FactLimits.QUOTES) continue;
                String speaker = speakers.find(unit, span, previous);
                if (words >= MIN_WORDS || speaker != null) quotes.put(text, new KeyFacts.Quote(FactText.quote(text), speaker));
            }
        }
        return new ArrayList<>(quotes.values());
    }

    /** The quotation without surrounding spaces or the comma that hands over to "he said". */
    private static String clean(String text) {
        return text.strip().replaceAll("[,;:\\s]+$", "");
    }

    private static int words(String text) {
        int words = 0;
        for (String word : text.split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) words++;
        }
        return words;
    }
}
