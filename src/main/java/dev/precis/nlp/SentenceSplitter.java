package dev.precis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Splits one paragraph into sentences with OpenNLP's sentence model, then repairs what the model
 * is known to get wrong on real uploads. Paragraph and line structure is the caller's job: the
 * model does not treat blank lines as boundaries, so the cleaner hands it one paragraph at a time.
 */
public final class SentenceSplitter {
    /**
     * Two kinds of glued boundary. "law.Detailed": a word, a full stop and a capitalised word with no
     * space between. "... on his pension pot A respected bank manager": a caption pasted before the
     * article's sentence without punctuation, given away by a capitalised pronoun or determiner,
     * followed by a lower-case word, in the middle of a sentence.
     */
    static final Pattern GLUED_BOUNDARY = Pattern.compile("(?<=\\p{Ll}{2}[.!?][\"'”’)]?)(?=\\p{Lu}\\p{Ll})"
            + "|(?<=[\\p{L}\\p{N}%’'\"”)]) (?=(?:The|He|She|They|We|His|Her|Their|Its|This|These|Those|Police|Officials) \\p{Ll})");
    /** A caption needs a few words of its own before it can be cut off. */
    private static final int MIN_GLUED_WORDS = 4;
    /** A piece ending in an initial ("J.") or a title ("Dr.") does not end a sentence. */
    private static final Pattern ENDS_IN_INITIAL_OR_TITLE = Pattern.compile(
            "(?:^|[\\s(])(?:\\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Hon|Mt|No)\\.$");

    /** Longer runs without whitespace are not words; see {@link #split}. */
    public static final int LONG_TOKEN_CHARS = 1_000;

    private final Nlp nlp;

    public SentenceSplitter(Nlp nlp) {
        this.nlp = nlp;
    }

    /**
     * The sentences of {@code paragraph}, whitespace normalized, in order; none are empty. A run of
     * more than {@link #LONG_TOKEN_CHARS} characters without whitespace (pasted data, a base64 blob)
     * is a piece of its own and never reaches the model: OpenNLP scans from every full stop to the
     * next whitespace, so such a run costs the square of its length (a megabyte of "a.b.c" hung).
     */
    public List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int from = 0;
        int runStart = -1;
        for (int i = 0, n = paragraph.length(); i <= n; i++) {
            boolean space = i == n || Character.isWhitespace(paragraph.charAt(i));
            if (!space && runStart < 0) runStart = i;
            if (space && runStart >= 0) {
                if (i - runStart > LONG_TOKEN_CHARS) {
                    splitWithModel(paragraph.substring(from, runStart), sentences);
                    addIfPresent(paragraph.substring(runStart, i), sentences);
                    from = i;
                }
                runStart = -1;
            }
        }
        splitWithModel(from == 0 ? paragraph : paragraph.substring(from), sentences);
        return sentences;
    }

    private void splitWithModel(String paragraph, List<String> sentences) {
        if (paragraph.isBlank()) return;
        Span[] spans = nlp.sentenceDetector().sentPosDetect(paragraph);
        String pending = null;
        for (Span span : spans) {
            String sentence = normalizeWhitespace(span.getCoveredText(paragraph));
            if (pending != null) sentence = pending + " " + sentence;
            if (endsInInitialOrTitle(sentence)) {
                pending = sentence;
                continue;
            }
            pending = null;
            splitGlued(sentence, sentences);
        }
        if (pending != null) splitGlued(pending, sentences);
    }

    /** The pattern can only match in the last few characters ("Capt." and a space), so only they are searched. */
    private static boolean endsInInitialOrTitle(String sentence) {
        if (!sentence.endsWith(".")) return false;
        Matcher m = ENDS_IN_INITIAL_OR_TITLE.matcher(sentence);
        m.useAnchoringBounds(false).region(Math.max(0, sentence.length() - 8), sentence.length());
        return m.find();
    }

    /** The caption words of {@link #GLUED_BOUNDARY}'s second alternative. */
    private static final String[] CAPTION_STARTS = {"The", "He", "She", "They", "We", "His", "Her", "Their", "Its", "This", "These",
        "Those", "Police", "Officials"};

    /**
     * Whether {@link #GLUED_BOUNDARY} can match at all: two lower-case letters, a sentence mark, maybe
     * a quote or bracket, then a capitalised word; or a space between a word (or a number or closing
     * mark) and one of the caption words followed by a lower-case word. A cheap scan that spares the
     * regex on almost every sentence.
     */
    static boolean mayBeGlued(String s) {
        for (int i = 0, n = s.length(); i < n - 1; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) return true; // letters outside the BMP: leave it to the regex
            if ((c == '.' || c == '!' || c == '?') && i >= 2 && Character.isLowerCase(s.charAt(i - 1)) && Character.isLowerCase(s.charAt(i - 2))) {
                int next = i + 1;
                if ("\"'”’)".indexOf(s.charAt(next)) >= 0) next++;
                if (next + 1 < n && Character.isUpperCase(s.charAt(next)) && Character.isLowerCase(s.charAt(next + 1))) return true;
            } else if (c == ' ' && i > 0 && Character.isUpperCase(s.charAt(i + 1)) && endsCaptionWord(s.charAt(i - 1))) {
                for (String word : CAPTION_STARTS) {
                    int end = i + 1 + word.length();
                    if (end + 1 < n && s.startsWith(word, i + 1) && s.charAt(end) == ' ' && Character.isLowerCase(s.charAt(end + 1))) return true;
                }
            }
        }
        return false;
    }

    /**
     * The class {@code [\\p{L}\\p{N}%’'"”)]} that the second alternative wants before the space: a
     * caption ends in a word, a number or a closing mark ("Smith: The ..." is a label, not a caption).
     */
    private static boolean endsCaptionWord(char c) {
        if (Character.isLetter(c) || "%’'\"”)".indexOf(c) >= 0) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static void splitGlued(String sentence, List<String> out) {
        if (!mayBeGlued(sentence)) {
            addIfPresent(sentence, out);
            return;
        }
        Matcher m = GLUED_BOUNDARY.matcher(sentence);
        int start = 0;
        while (m.find()) {
            String piece = sentence.substring(start, m.start());
            if (piece.isBlank() || (sentence.charAt(m.start()) == ' ' && piece.strip().split(" ").length < MIN_GLUED_WORDS)) continue;
            addIfPresent(piece, out);
            start = m.start();
        }
        addIfPresent(sentence.substring(start), out);
    }

    private static void addIfPresent(String s, List<String> out) {
        String trimmed = s.strip();
        if (!trimmed.isEmpty()) out.add(trimmed);
    }

    /** Collapses every run of whitespace (including newlines and non-breaking spaces) to one space. */
    public static String normalizeWhitespace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) out.append(' ');
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
