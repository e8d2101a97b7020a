package dev.precis.facts;

/** Length limits applied to fact texts so one document's facts stay small (see {@link FactLimits}). */
final class FactText {
    private FactText() {}

    /** An entity, phrase or quantity text, cut to {@link FactLimits#SHORT_TEXT_CHARS}. */
    static String shorten(String text) {
        return cut(text, FactLimits.SHORT_TEXT_CHARS);
    }

    /** A quote, cut to {@link FactLimits#QUOTE_CHARS}. */
    static String quote(String text) {
        return cut(text, FactLimits.QUOTE_CHARS);
    }

    /** {@code text} when it fits in {@code max} characters, else cut at the last word boundary and ended with "…". */
    static String cut(String text, int max) {
        if (text.length() <= max) return text;
        int end = max - 1;
        int space = text.lastIndexOf(' ', end);
        if (space > max / 2) end = space;
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--;
        return text.substring(0, end).stripTrailing().replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
    }
}
