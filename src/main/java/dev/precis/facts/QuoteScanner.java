package dev.precis.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the sentences and hands out the units that hold quotations. Straight and curly double
 * quotes and curly single quotes count; a curly single quote opens only at a word start and closes
 * only before a non-letter, so apostrophes ("don’t", "Israel’s") never do. A quotation left open at
 * a sentence end takes in the next sentences (the sentence splitter cuts inside quotes), at most
 * {@link #MAX_SENTENCES}; one never closed is dropped. A new sentence that opens a quote while one
 * is open ends the open one there: the many-paragraph quote convention.
 */
final class QuoteScanner {
    static final int MAX_SENTENCES = 4;

    private final List<String> sentences;
    private int next;

    QuoteScanner(List<String> sentences) {
        this.sentences = sentences;
    }

    /** The next unit with at least one quotation, or null at the end. */
    QuoteUnit next() {
        while (next < sentences.size()) {
            QuoteUnit unit = unitFrom(next);
            if (unit != null) return unit;
        }
        return null;
    }

    private QuoteUnit unitFrom(int first) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        boolean single = false;
        while (next < sentences.size()) {
            String sentence = sentences.get(next++);
            if (text.length() > 0) {
                if (open >= 0 && opensQuote(sentence)) {
                    spans.add(new int[] {open, text.length()});
                    open = -1;
                }
                text.append(' ');
            }
            starts.add(text.length());
            int from = text.length();
            text.append(sentence);
            for (int p = from; p < text.length(); p++) {
                char c = text.charAt(p);
                if (open < 0 && (c == '"' || c == '“' || (c == '‘' && startsWord(text, p)))) {
                    open = p + 1;
                    single = c == '‘';
                } else if (open >= 0 && (single ? c == '’' && !letterAt(text, p + 1) : c == '"' || c == '”')) {
                    spans.add(new int[] {open, p});
                    open = -1;
                }
            }
            if (open < 0 || next - first >= MAX_SENTENCES) break;
        }
        return spans.isEmpty() ? null : new QuoteUnit(text.toString(), spans, starts, first);
    }

    private static boolean opensQuote(String sentence) {
        return sentence.length() > 1 && "\"“‘".indexOf(sentence.charAt(0)) >= 0 && Character.isLetterOrDigit(sentence.charAt(1));
    }

    private static boolean startsWord(CharSequence text, int p) {
        boolean boundary = p == 0 || Character.isWhitespace(text.charAt(p - 1)) || "([“—–-\"".indexOf(text.charAt(p - 1)) >= 0;
        return boundary && letterAt(text, p + 1);
    }

    private static boolean letterAt(CharSequence text, int p) {
        return p < text.length() && Character.isLetterOrDigit(text.charAt(p));
    }
}
