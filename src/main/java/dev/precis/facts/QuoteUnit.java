package dev.precis.facts;

import java.util.List;

/**
 * One or more consecutive sentences joined because a quotation runs across them, with the
 * quotations found in it. {@code spans} hold each quotation's content offsets (inside the marks);
 * {@code sentenceStarts} the offset of each joined sentence in {@code text}.
 */
record QuoteUnit(String text, List<int[]> spans, List<Integer> sentenceStarts, int firstSentence) {
    QuoteUnit {
        spans = List.copyOf(spans);
        sentenceStarts = List.copyOf(sentenceStarts);
    }

    /** The text with every quotation's content blanked out, offsets kept, so names inside quotes never count as speakers. */
    String masked() {
        char[] chars = text.toCharArray();
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) chars[i] = ' ';
        }
        return new String(chars);
    }

    /** The offset where the sentence holding {@code offset} starts. */
    int sentenceStart(int offset) {
        int start = 0;
        for (int s : sentenceStarts) {
            if (s <= offset) start = s;
        }
        return start;
    }

    /** The offset where the sentence holding {@code offset} ends. */
    int sentenceEnd(int offset) {
        for (int s : sentenceStarts) {
            if (s > offset) return s - 1;
        }
        return text.length();
    }
}
