package dev.precis.score;

import dev.precis.nlp.PorterStemmer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns sentences into content-term ids (lower-cased, stop words dropped, Porter-stemmed) and counts
 * in how many sentences each term occurs. One pass over the text, stems cached per document, so
 * the cost is linear in the document's length.
 */
final class TermIndex {
    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, String> stemCache = new HashMap<>();
    private final List<Integer> sentenceFrequency = new ArrayList<>();

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
                    if (size == out.length) out = java.util.Arrays.copyOf(out, size * 2);
                    out[size++] = id;
                }
            }
            i++;
        }
        int[] result = java.util.Arrays.copyOf(out, size);
        if (count) {
            for (int id : distinct(result)) sentenceFrequency.set(id, sentenceFrequency.get(id) + 1);
        }
        return result;
    }

    private static boolean isTermChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** The id of the word's stem, a new one for a new stem; -1 for words too short or too common to count. */
    private int termId(String w) {
        if (w.length() < 2 || Stopwords.contains(w)) return -1;
        String stem = stemCache.computeIfAbsent(w, k -> k.length() > 3 ? stemmer.stem(k) : k);
        Integer id = ids.get(stem);
        if (id == null) {
            id = ids.size();
            ids.put(stem, id);
            sentenceFrequency.add(0);
        }
        return id;
    }

    int size() {
        return ids.size();
    }

    /** In how many counted sentences the term occurs. */
    int sentenceFrequency(int term) {
        return sentenceFrequency.get(term);
    }

    /** The ids of {@code terms} without repeats, in first-seen order. */
    static int[] distinct(int[] terms) {
        int[] out = new int[terms.length];
        int size = 0;
        java.util.Set<Integer> seen = terms.length > 16 ? new java.util.HashSet<>() : null;
        for (int t : terms) {
            boolean repeat = false;
            if (seen != null) {
                repeat = !seen.add(t);
            } else {
                for (int k = 0; k < size && !repeat; k++) repeat = out[k] == t;
            }
            if (!repeat) out[size++] = t;
        }
        return java.util.Arrays.copyOf(out, size);
    }
}
