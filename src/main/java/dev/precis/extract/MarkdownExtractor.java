package dev.precis.extract;

import dev.precis.engine.InvalidDocumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to the engine's paragraphs. The first level-1 heading (ATX or setext, else a front
 * matter {@code title:}) is the title; other headings are paragraphs of their own; paragraph lines
 * are joined; list items and table rows are one line each; code blocks are dropped (code is not
 * prose and its lines would read as sentences); links keep their text, images go.
 */
final class MarkdownExtractor {
    private static final Pattern ATX_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT_H1 = Pattern.compile("^=+\\s*$");
    private static final Pattern SETEXT_H2 = Pattern.compile("^-+\\s*$");
    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]\\]\\s+)?(.*)$");
    /** One cell of a table's separator row; the row itself is checked cell by cell (see {@link #isTableSeparator}). */
    private static final Pattern SEPARATOR_CELL = Pattern.compile("\\s*:?-{2,}:?\\s*");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\[\\^?[^\\]]+\\]:\\s*.*$");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("^title:\\s*[\"']?(.*?)[\"']?\\s*$");

    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    /** A link target, which may hold one level of parentheses: (http://x.test/a_(b)). */
    private static final String TARGET = "\\([^()]*+(?:\\([^()]*+\\)[^()]*+)*+\\)";
    /**
     * Longer paragraphs keep their inline markup as written. The inline patterns scan ahead for a
     * closing mark, so an unclosed one costs the square of the paragraph's length, and Java's regex
     * engine recurses once per repeated group; a real paragraph is far shorter than this.
     */
    static final int MAX_INLINE_CHARS = 5_000;
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\](?:" + TARGET + "|\\[[^\\]]*\\])");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^[^\\]]+\\]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\](?:" + TARGET + "|\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^>\\s]+)>");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])");
    /** Escaped punctuation hides in the private use area while emphasis is stripped. */
    private static final char ESCAPED_BASE = '\uE000';

    private final List<String> blocks = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    private String title;

    private MarkdownExtractor() {}

    static ExtractedText extract(byte[] content, String declaredCharset, ExtractionLimits limits) {
        CharsetDetector.Decoded decoded = CharsetDetector.decode(content, declaredCharset);
        MarkdownExtractor reader = new MarkdownExtractor();
        reader.read(ParagraphText.normalize(decoded.text()));
        String text = ParagraphText.join(reader.blocks);
        if (text.isBlank()) throw new InvalidDocumentException("empty document");
        List<String> notes = new ArrayList<>(decoded.notes());
        text = ParagraphText.cap(text, limits.maxCharacters(), notes);
        return new ExtractedText(text, reader.title, Format.MARKDOWN.label(), decoded.charset().name(), notes);
    }

    private void read(String markdown) {
        String[] lines = HTML_COMMENT.matcher(markdown).replaceAll("").split("\n", -1);
        String frontTitle = null;
        int start = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length && i < 200; i++) {
                String line = lines[i].strip();
                if (line.equals("---") || line.equals("...")) {
                    start = i + 1;
                    break;
                }
                Matcher m = FRONT_MATTER_TITLE.matcher(line);
                if (m.matches() && !m.group(1).isBlank()) frontTitle = inline(m.group(1));
            }
            if (start == 0) frontTitle = null;
        }
        String fence = null;
        boolean previousBlank = true;
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            if (fence != null) {
                if (t.startsWith(fence)) fence = null;
                continue;
            }
            Matcher fenceStart = FENCE.matcher(t);
            if (fenceStart.find()) {
                flush();
                fence = fenceStart.group(1);
                continue;
            }
            boolean blank = t.isEmpty();
            if (blank) {
                flush();
            } else if (previousBlank && items.isEmpty() && isIndentedCode(line)) {
                continue; // indented code block: dropped like fenced code
            } else {
                readLine(t);
            }
            previousBlank = blank;
        }
        flush();
        if (title == null) title = frontTitle;
    }

    private void readLine(String t) {
        t = withoutQuoteMarkers(t);
        if (t.isEmpty()) return;
        Matcher heading = ATX_HEADING.matcher(t);
        if (heading.matches()) {
            heading(heading.group(1).length(), heading.group(2));
        } else if (!paragraph.isEmpty() && SETEXT_H1.matcher(t).matches()) {
            heading(1, String.join(" ", paragraph));
        } else if (!paragraph.isEmpty() && SETEXT_H2.matcher(t).matches()) {
            heading(2, String.join(" ", paragraph));
        } else if (isTableSeparator(t)) {
            return; // the row of dashes under a table's header
        } else if (isThematicBreak(t) || REFERENCE_DEFINITION.matcher(t).matches()) {
            flush();
        } else if (t.startsWith("|")) {
            flushParagraph();
            addItem(tableRow(t));
        } else {
            Matcher item = LIST_ITEM.matcher(t);
            if (item.matches()) {
                flushParagraph();
                addItem(item.group(1));
            } else if (!items.isEmpty()) {
                int last = items.size() - 1;
                items.set(last, items.get(last) + " " + t);
            } else {
                paragraph.add(t);
            }
        }
    }

    private void heading(int level, String raw) {
        paragraph.clear();
        flush();
        String text = inline(raw);
        if (text.isEmpty()) return;
        if (level == 1 && title == null) {
            title = text;
        } else {
            blocks.add(text);
        }
    }

    private void addItem(String raw) {
        items.add(raw);
    }

    private static String tableRow(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.replaceAll("^\\||\\|$", "").split("(?<!\\\\)\\|")) {
            if (!cell.isBlank()) cells.add(cell.strip());
        }
        return String.join(", ", cells);
    }

    private static boolean isIndentedCode(String line) {
        return line.startsWith("    ") || line.startsWith("\t");
    }

    private void flush() {
        flushParagraph();
        if (items.isEmpty()) return;
        List<String> lines = new ArrayList<>();
        for (String item : items) {
            String text = inline(item);
            if (!text.isEmpty()) lines.add(text);
        }
        items.clear();
        if (!lines.isEmpty()) blocks.add(String.join("\n", lines));
    }

    private void flushParagraph() {
        if (paragraph.isEmpty()) return;
        String text = inline(String.join(" ", paragraph));
        paragraph.clear();
        if (!text.isEmpty()) blocks.add(text);
    }

    // Block syntax is read with plain loops, not regular expressions with repeated groups, which
    // overflow the stack on a megabyte-long line of markers.

    /** Leading blockquote markers ("> > ") removed. */
    static String withoutQuoteMarkers(String t) {
        int i = 0;
        while (i < t.length() && t.charAt(i) == '>') {
            i++;
            if (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        }
        return t.substring(i);
    }

    /** Three or more of the same mark (-, * or _), spaces allowed between them. */
    static boolean isThematicBreak(String t) {
        char mark = 0;
        int count = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                if (count == 0) return false; // the line starts with its mark
                continue;
            }
            if (count == 0 && (c == '-' || c == '*' || c == '_')) mark = c;
            else if (c != mark) return false;
            count++;
        }
        return count >= 3;
    }

    /** The row of dashes under a table's header: cells of {@code :?-{2,}:?} between pipes. */
    static boolean isTableSeparator(String t) {
        if (t.indexOf('|') < 0) return false;
        String row = t.strip();
        if (row.startsWith("|")) row = row.substring(1);
        if (row.endsWith("|")) row = row.substring(0, row.length() - 1);
        for (String cell : row.split("\\|", -1)) {
            if (!SEPARATOR_CELL.matcher(cell).matches()) return false;
        }
        return true;
    }

    /** Inline syntax removed: the words a reader sees (paragraphs up to {@link #MAX_INLINE_CHARS}). */
    static String inline(String s) {
        if (s.length() > MAX_INLINE_CHARS) return ParagraphText.collapse(s);
        s = hideEscapes(s);
        s = CODE_SPAN.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2).strip()));
        s = IMAGE.matcher(s).replaceAll("");
        s = FOOTNOTE_REF.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = STRONG.matcher(s).replaceAll("$2");
        s = STRIKE.matcher(s).replaceAll("$1");
        s = EMPHASIS_STAR.matcher(s).replaceAll("$1");
        s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll("$1");
        s = restoreEscapes(s);
        if (s.indexOf('&') >= 0) s = org.jsoup.parser.Parser.unescapeEntities(s, false);
        return ParagraphText.collapse(s);
    }

    private static String hideEscapes(String s) {
        return ESCAPE.matcher(s).replaceAll(m -> String.valueOf((char) (ESCAPED_BASE + m.group(1).charAt(0))));
    }

    private static String restoreEscapes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= ESCAPED_BASE && c < ESCAPED_BASE + 128 ? (char) (c - ESCAPED_BASE) : c);
        }
        return out.toString();
    }
}
