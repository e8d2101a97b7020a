package dev.precis.text;

import dev.precis.text.CleanDocument.Block;
import dev.precis.text.CleanDocument.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text as people upload it into a title, a date line and clean blocks. Works line by line
 * and block by block (blocks are separated by blank lines), in time linear in the text's length.
 *
 * <ul>
 *   <li>The headline is the first short line without final punctuation; a section label glued to it
 *       ("NewsBiden warns ...") is recognised when the headline is repeated without it.
 *   <li>Repeats of the headline and lines that occur more than once (captions) are dropped.
 *   <li>Furniture lines ({@link NoiseRules}) and legal notice blocks are dropped; the first date line is kept aside.
 *   <li>A line without final punctuation is a heading or list item: it becomes its own block and is
 *       never glued to the next sentence. Wrapped lines (the next line continues in lower case) are joined.
 * </ul>
 */
public final class TextCleaner {
    private static final int HEADLINE_MAX_CHARS = 200;
    private static final Pattern BLANK_RUN = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*•▪◦·–]|\\d{1,3}[.)])\\s+");
    /** "(CNN)", "WASHINGTON (Reuters) -": agency tags that open a wire story. */
    private static final Pattern AGENCY_PREFIX = Pattern.compile("^(?:[\\p{Lu}][\\p{Lu}\\p{L} .,'-]{0,40}\\s*)?\\((?:CNN|AP|Reuters|AFP|UPI|dpa|PA)\\)\\s*(?:[-–—]{1,2}\\s*)?");
    /** A line ending like this is wrapped running text, whatever case the next line starts with. */
    private static final Pattern WRAP_END = Pattern.compile("(?i)(?:[,\\-–—(]|\\b(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|but|that|which|who|as|is|are|was|were|has|have|had|will|would|his|her|their|its|our|this|these|those))$");
    private static final Pattern LEADING_FURNITURE = Pattern.compile("^(?i:scroll down for video|scroll down for videos?|click here to [^.]*?\\.|advertisement)\\s+");

    /**
     * @param text the document text
     * @param knownTitle a title the caller already has (from a batch file or HTML), or null
     */
    public CleanDocument clean(String text, String knownTitle) {
        List<List<String>> rawBlocks = blocks(normalize(text));
        String title = knownTitle == null || knownTitle.isBlank() ? null : collapse(knownTitle);
        int skipLines = 0;
        if (title == null && !rawBlocks.isEmpty()) {
            Headline headline = findHeadline(rawBlocks);
            if (headline != null) {
                title = headline.text;
                skipLines = headline.lines;
            }
        }
        Set<String> repeated = repeatedLines(rawBlocks);
        String titleKey = title == null ? null : key(title);
        String dateline = null;
        List<Block> out = new ArrayList<>();
        int lineNo = 0;
        for (List<String> lines : rawBlocks) {
            List<String> kept = new ArrayList<>();
            for (String line : lines) {
                if (lineNo++ < skipLines) continue;
                String k = key(line);
                if (k.equals(titleKey) || k.endsWith(titleKey == null ? "\u0000" : titleKey) && isHeadlineShaped(line)) continue;
                if (repeated.contains(k)) continue;
                if (NoiseRules.isDateline(line)) {
                    if (dateline == null) dateline = line;
                    continue;
                }
                if (NoiseRules.isNoiseLine(line)) continue;
                kept.add(line);
            }
            if (kept.isEmpty() || NoiseRules.isLegalNotice(String.join(" ", kept))) continue;
            units(kept, out);
        }
        if (out.isEmpty() && skipLines > 0 && !NoiseRules.isNoiseLine(title)) {
            // the whole document is one headline-shaped line ("Meeting moved to Friday!"): it is the body, not a title
            return new CleanDocument(null, dateline, List.of(new Block(Kind.PARAGRAPH, title)));
        }
        return new CleanDocument(title, dateline, out);
    }

    private record Headline(String text, int lines) {}

    /** The first line, when it looks like a headline; skips a glued section label via the repeat. */
    private static Headline findHeadline(List<List<String>> blocks) {
        List<String> first = blocks.get(0);
        String line = first.get(0);
        if (!isHeadlineShaped(line)) return null;
        boolean wraps = first.size() > 1 && (startsLowercase(first.get(1)) || WRAP_END.matcher(line).find());
        if (wraps) return null;
        // "NewsBiden warns ..." followed by "Biden warns ...": the repeat is the clean headline.
        String next = first.size() > 1 ? first.get(1) : blocks.size() > 1 ? blocks.get(1).get(0) : null;
        if (next != null && !next.equals(line) && line.endsWith(next) && isHeadlineShaped(next)) {
            return new Headline(next, 1);
        }
        return new Headline(line, 1);
    }

    private static boolean isHeadlineShaped(String line) {
        if (line.length() > HEADLINE_MAX_CHARS || line.length() < 8) return false;
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';') return false;
        return Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.codePointAt(0)) || line.charAt(0) == '"' || line.charAt(0) == '‘';
    }

    /** Short lines that occur more than once are captions or page furniture. */
    private static Set<String> repeatedLines(List<List<String>> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> lines : blocks) {
            for (String line : lines) {
                if (line.length() <= HEADLINE_MAX_CHARS && !endsSentence(line)) counts.merge(key(line), 1, Integer::sum);
            }
        }
        Set<String> repeated = new HashSet<>();
        counts.forEach((k, n) -> {
            if (n > 1) repeated.add(k);
        });
        return repeated;
    }

    /** Lines of one block become paragraphs and headings: never glue an unpunctuated line onto the next. */
    private static void units(List<String> lines, List<Block> out) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean listItem = LIST_MARKER.matcher(line).find();
            if (listItem) {
                flush(paragraph, out);
                line = LIST_MARKER.matcher(line).replaceFirst("");
            }
            if (paragraph.length() == 0) line = stripLeadingFurniture(line);
            if (line.isEmpty()) continue;
            String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            boolean continues = next != null && !LIST_MARKER.matcher(next).find()
                    && (startsLowercase(next) || WRAP_END.matcher(line).find());
            if (!endsSentence(line) && !continues && line.length() <= HEADLINE_MAX_CHARS) {
                if (paragraph.length() > 0 && endsSentence(paragraph)) flush(paragraph, out);
                if (paragraph.length() == 0) {
                    out.add(new Block(Kind.HEADING, line)); // headline, subheading, caption, list item
                    continue;
                }
            }
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            if (listItem || !continues && next != null && !endsSentence(line)) flush(paragraph, out);
        }
        flush(paragraph, out);
    }

    private static void flush(StringBuilder paragraph, List<Block> out) {
        if (paragraph.length() > 0) {
            out.add(new Block(Kind.PARAGRAPH, paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static String stripLeadingFurniture(String line) {
        String s = AGENCY_PREFIX.matcher(line).replaceFirst("");
        return LEADING_FURNITURE.matcher(s).replaceFirst("");
    }

    private static boolean startsLowercase(String s) {
        return Character.isLowerCase(s.codePointAt(0));
    }

    static boolean endsSentence(CharSequence s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»') continue;
            return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';';
        }
        return false;
    }

    /**
     * Unix line ends; control characters and invisible breaks (zero-width space, word joiner, BOM)
     * out; runs of blanks (tabs, no-break spaces) to one space. Joiners (ZWJ, ZWNJ) stay: they are part
     * of emoji sequences and of words in Indic and Persian scripts.
     */
    private static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') continue;
                c = '\n';
            }
            if (c == '\n') {
                out.append(c);
                blank = false;
            } else if (c == '\t' || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                if (!blank) out.append(' ');
                blank = true;
            } else if (c == '\u200B' || c == '\u2060' || c == '\uFEFF') {
                continue; // zero-width: nothing
            } else {
                out.append(c);
                blank = false;
            }
        }
        return out.toString();
    }

    /** Groups non-blank, trimmed lines into blocks separated by blank lines. */
    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = n;
            String line = text.substring(start, end).strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
            start = end + 1;
        }
        if (!current.isEmpty()) blocks.add(current);
        return blocks;
    }

    private static String collapse(String s) {
        return BLANK_RUN.matcher(s.replace('\n', ' ')).replaceAll(" ").strip();
    }

    /** A line's identity for repeat detection: letters and digits, lower-cased, single-spaced. */
    private static String key(String line) {
        StringBuilder k = new StringBuilder(line.length());
        boolean gap = false;
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && k.length() > 0) k.append(' ');
                k.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return k.toString();
    }
}
