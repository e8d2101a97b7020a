package dev.precis.score;

import dev.precis.nlp.PorterStemmer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns sentences into content-term ids (lower-cased, stop words dropped, Porter-stemmed) and counts
 * in how many sentences each term occurs. One pass over the text; each distinct word is looked up
 * and stemmed once per document, so the cost is linear in the document's length.
 */
final class TermIndex {
    private static final Integer NOT_A_TERM = -1;

    private final PorterStemmer stemmer = new PorterStemmer();
    /** Each word seen, lower-cased, to its stem's id or {@link #NOT_A_TERM}: one lookup per word. */
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final Map<String, Integer> stemIds = new HashMap<>();
    /** Per term id, in how many counted sentences it occurs. */
    private int[] sentenceFrequency = new int[64];
    /** For {@link #distinct}: the call in which each term id was last seen. */
    private int[] seenIn = new int[64];
    private int distinctCalls;

    /** The term ids of {@code text}, in order, repeats kept. Counts sentence frequency when {@code count}. */
    int[] terms(String text, boolean count) {
        int n = text.length();
        char[] lower = new char[n];
        for (int i = 0; i < n; i++) lower[i] = Character.toLowerCase(text.charAt(i));
        int[] out = new int[Math.max(4, n / 4)];
        int size = 0;
        for (int i = 0; i <= n; ) {
            int start = i;
            while (i < n && isTermChar(lower[i])) i++;
            if (i > start) {
                int id = termId(new String(lower, start, i - start));
                if (id >= 0) {
                    if (size == out.length) out = Arrays.copyOf(out, size * 2);
                    out[size++] = id;
                }
            }
            i++;
        }
        int[] result = Arrays.copyOf(out, size);
        if (count) {
            for (int id : distinct(result)) sentenceFrequency[id]++;
        }
        return result;
    }

    private static boolean isTermChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** The id of the word's stem, a new one for a new stem; -1 for words too short or too common to count. */
    private int termId(String w) {
        Integer id = wordIds.get(w);
        if (id == null) {
            id = w.length() < 2 || Stopwords.contains(w) ? NOT_A_TERM : stemId(w.length() > 3 ? stemmer.stem(w) : w);
            wordIds.put(w, id);
        }
        return id;
    }

    private Integer stemId(String stem) {
        Integer id = stemIds.get(stem);
        if (id == null) {
            id = stemIds.size();
            stemIds.put(stem, id);
            if (id == sentenceFrequency.length) sentenceFrequency = Arrays.copyOf(sentenceFrequency, id * 2);
        }
        return id;
    }

    int size() {
        return stemIds.size();
    }

    /** In how many counted sentences the term occurs. */
    int sentenceFrequency(int term) {
        return sentenceFrequency[term];
    }

    /** The ids of {@code terms} (ids of this index) without repeats, in first-seen order. */
    int[] distinct(int[] terms) {
        if (seenIn.length < stemIds.size()) seenIn = Arrays.copyOf(seenIn, Math.max(stemIds.size(), seenIn.length * 2));
        int call = ++distinctCalls;
        int[] out = new int[terms.length];
        int size = 0;
        for (int t : terms) {
            if (seenIn[t] != call) {
                seenIn[t] = call;
                out[size++] = t;
            }
        }
        return Arrays.copyOf(out, size);
    }
}
