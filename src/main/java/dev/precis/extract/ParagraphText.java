package dev.precis.extract;

import java.util.List;
import java.util.regex.Pattern;

/** The engine's text shape: paragraphs separated by one blank line, within a character limit. */
final class ParagraphText {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u2028\\u0085]");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("[\\f\\u2029]");
    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t\\u00A0]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ \\t\\u00A0]*\\n)+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private ParagraphText() {}

    /** Unix line ends, form feeds as paragraph breaks, one blank line between paragraphs. */
    static String normalize(String text) {
        String s = LINE_BREAK.matcher(text).replaceAll("\n");
        s = PARAGRAPH_BREAK.matcher(s).replaceAll("\n\n");
        s = TRAILING_BLANKS.matcher(s).replaceAll("\n");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /** Paragraphs joined with blank lines; blank ones are left out. */
    static String join(List<String> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank()) continue;
            if (out.length() > 0) out.append("\n\n");
            out.append(paragraph.strip());
        }
        return out.toString();
    }

    /** Runs of whitespace (including no-break and typographic spaces) as one space, trimmed. */
    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Text within the limit, cut at the last paragraph break (or space) before it, with a note.
     */
    static String cap(String text, int maxCharacters, List<String> notes) {
        if (text.length() <= maxCharacters) return text;
        int cut = text.lastIndexOf("\n\n", maxCharacters);
        if (cut < maxCharacters / 2) cut = text.lastIndexOf(' ', maxCharacters);
        if (cut < maxCharacters / 2) cut = maxCharacters;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        notes.add("truncated to " + cut + " of " + text.length() + " characters (limit " + maxCharacters + ")");
        return text.substring(0, cut).strip();
    }
}
