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
        List<Integer> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? Character.toLowerCase(text.charAt(i)) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (word.length() > 0) {
                addTerm(word.toString(), out);
                word.setLength(0);
            }
        }
        int[] result = out.stream().mapToInt(Integer::intValue).toArray();
        if (count) {
            for (int id : distinct(result)) sentenceFrequency.set(id, sentenceFrequency.get(id) + 1);
        }
        return result;
    }

    private void addTerm(String w, List<Integer> out) {
        if (w.length() < 2 || Stopwords.contains(w)) return;
        String stem = stemCache.computeIfAbsent(w, k -> k.length() > 3 ? stemmer.stem(k) : k);
        Integer id = ids.get(stem);
        if (id == null) {
            id = ids.size();
            ids.put(stem, id);
            sentenceFrequency.add(0);
        }
        out.add(id);
    }

    int size() {
        return ids.size();
    }

    /** In how many counted sentences the term occurs. */
    int sentenceFrequency(int term) {
        return sentenceFrequency.get(term);
    }

    static int[] distinct(int[] terms) {
        return java.util.Arrays.stream(terms).distinct().toArray();
    }
}
