package dev.precis.engine;

import dev.precis.nlp.SentenceSplitter;

/**
 * What "verbatim, whitespace normalized" means for a summary sentence: the cleaner turns control
 * characters into spaces and drops invisible breaks (zero-width space, word joiner, BOM); every
 * run of whitespace counts as one space.
 */
public final class Verbatim {
    private Verbatim() {}

    public static String normalize(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u2060' || c == '\uFEFF') continue;
            s.append(Character.isISOControl(c) ? ' ' : c);
        }
        return SentenceSplitter.normalizeWhitespace(s);
    }

    /** Whether {@code sentence} occurs in {@code text}, both normalized, at or after {@code from}; its index, or -1. */
    public static int indexIn(String normalizedText, String sentence, int from) {
        return normalizedText.indexOf(normalize(sentence), from);
    }
}
