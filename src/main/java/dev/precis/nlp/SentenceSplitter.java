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
    private static final Pattern GLUED_BOUNDARY = Pattern.compile("(?<=\\p{Ll}{2}[.!?][\"'”’)]?)(?=\\p{Lu}\\p{Ll})"
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
            if (ENDS_IN_INITIAL_OR_TITLE.matcher(sentence).find()) {
                pending = sentence;
                continue;
            }
            pending = null;
            splitGlued(sentence, sentences);
        }
        if (pending != null) splitGlued(pending, sentences);
    }

    private static void splitGlued(String sentence, List<String> out) {
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
