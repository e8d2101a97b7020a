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

    /**
     * Where {@code sentence}'s visible characters (whitespace ignored) end as a subsequence of the
     * text's, searching from {@code from}; -1 when they do not occur in that order. The weaker form
     * of "verbatim" for text with page furniture: the cleaner may drop a furniture line (bare
     * punctuation, a caption) that sat inside a wrapped sentence, and strips a list marker or an
     * agency tag ("(CNN)") from a sentence's start.
     */
    public static int subsequenceEnd(String visibleText, String sentence, int from) {
        String wanted = visible(sentence);
        int at = from;
        for (int i = 0; i < wanted.length(); i++) {
            at = visibleText.indexOf(wanted.charAt(i), at);
            if (at < 0) return -1;
            at++;
        }
        return at;
    }

    /** The text without whitespace, controls and invisible breaks. */
    public static String visible(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || c == '\u200B' || c == '\u2060' || c == '\uFEFF') continue;
            s.append(c);
        }
        return s.toString();
    }

    /** Whether {@code sentence} occurs in {@code text}, both normalized, at or after {@code from}; its index, or -1. */
    public static int indexIn(String normalizedText, String sentence, int from) {
        return normalizedText.indexOf(normalize(sentence), from);
    }
}
