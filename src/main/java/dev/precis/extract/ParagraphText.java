package dev.precis.extract;

import java.util.List;

/**
 * The engine's text shape: paragraphs separated by one blank line, within a character limit.
 * Written without regular expressions: this is on the plain-text path, and compiling patterns
 * (with the method handles they bring) is measurable in a cold start.
 */
final class ParagraphText {
    private ParagraphText() {}

    /** Unix line ends, form feeds as paragraph breaks, no trailing blanks, one blank line between paragraphs. */
    static String normalize(String text) {
        if (isNormal(text)) return strip(text);
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder line = new StringBuilder();
        boolean pendingBlank = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            boolean lineEnd = c == '\n' || c == '\r' || c == '\u2028' || c == '\u0085';
            boolean paragraphEnd = c == '\f' || c == '\u2029';
            if (!lineEnd && !paragraphEnd) {
                line.append(c);
                continue;
            }
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
            int end = line.length();
            while (end > 0 && isBlank(line.charAt(end - 1))) end--;
            if (end == 0) {
                pendingBlank = out.length() > 0;
            } else {
                if (out.length() > 0) out.append(pendingBlank ? "\n\n" : "\n");
                out.append(line, 0, end);
                pendingBlank = false;
            }
            if (paragraphEnd) pendingBlank = out.length() > 0;
            line.setLength(0);
        }
        return strip(out.toString());
    }

    /** Without leading and trailing blanks, no-break and other Unicode spaces included (String.strip keeps U+00A0). */
    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) start++;
        while (end > start && isBlank(text.charAt(end - 1))) end--;
        return text.substring(start, end);
    }

    /** Already in shape (most uploads): no CR, form feed or Unicode breaks, no blanks before a line end, no blank-line runs. */
    private static boolean isNormal(String text) {
        return text.indexOf('\r') < 0 && text.indexOf('\f') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0
                && text.indexOf('\u0085') < 0 && !text.contains(" \n") && !text.contains("\t\n") && !text.contains("\u00A0\n")
                && !text.contains("\n\n\n") && !text.contains("\n \n") && !text.contains("\n\t\n");
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
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
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                out.append(c);
                space = false;
            }
        }
        return out.toString();
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
