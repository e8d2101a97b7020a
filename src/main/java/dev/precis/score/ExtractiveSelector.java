package dev.precis.score;

import dev.precis.engine.SummaryLength;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores sentences with several signals and picks a non-redundant set. Linear in the document's
 * length: every signal compares a sentence with document-level aggregates (term counts, the
 * title, the salient names), never with every other sentence; only the final redundancy check
 * compares the few chosen sentences with each other.
 *
 * <p>score = (position + centrality + title overlap + salient names) x length factor x furniture factor,
 * then sentences are taken best first, skipping any too similar to one already taken.
 */
public final class ExtractiveSelector {
    static final double POSITION_WEIGHT = 1.0;
    static final double POSITION_DECAY = 4.0;
    static final double CENTRALITY_WEIGHT = 0.6;
    static final double TITLE_WEIGHT = 0.4;
    static final double NAMES_WEIGHT = 0.3;
    static final double REDUNDANCY_LIMIT = 0.5;
    static final int IDEAL_MIN_WORDS = 10;
    static final int IDEAL_MAX_WORDS = 40;

    private static final Pattern QUESTION = Pattern.compile("\\?[\"'”’]?$");
    private static final Pattern CAPTION_CUE = Pattern.compile("(?i)\\(?\\b(?:pictured|picture above|photo above|scroll down|click here|file photo|centre|center)\\b\\)?");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^\\p{Lu}[\\p{L}'’ -]{1,24}:\\s");
    private static final Pattern OPENS_WITH_QUOTE = Pattern.compile("^[\"“‘']");

    /** Indices (into {@code sentences}) of the chosen sentences, in document order. */
    public List<Integer> select(List<SentenceUnit> sentences, String title, SummaryLength length) {
        TermIndex index = new TermIndex();
        int n = sentences.size();
        int[][] terms = new int[n][];
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            terms[i] = index.terms(sentences.get(i).text(), sentences.get(i).candidate());
            if (sentences.get(i).candidate()) candidates++;
        }
        if (candidates == 0) {
            // nothing but headings and list items: let them speak
            sentences = sentences.stream().map(s -> new SentenceUnit(s.text(), s.paragraph(), true)).toList();
            for (int i = 0; i < n; i++) index.terms(sentences.get(i).text(), true);
            candidates = n;
        }
        double[] documentVector = documentVector(index, terms, sentences);
        int[] titleTerms = title == null ? new int[0] : TermIndex.distinct(index.terms(title, false));
        double documentNorm = norm(documentVector);
        Map<String, Integer> names = salientNames(sentences);
        int topNameCount = names.values().stream().mapToInt(Integer::intValue).max().orElse(1);

        double[] score = new double[n];
        int rank = 0;
        for (int i = 0; i < n; i++) {
            SentenceUnit s = sentences.get(i);
            if (!s.candidate()) {
                score[i] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double position = Math.exp(-rank++ / POSITION_DECAY);
            double centrality = cosineWithoutSelf(terms[i], documentVector, documentNorm, index);
            double titleOverlap = overlap(terms[i], titleTerms);
            double nameWeight = nameSalience(s.text(), names, topNameCount);
            double base = POSITION_WEIGHT * position + CENTRALITY_WEIGHT * centrality + TITLE_WEIGHT * titleOverlap + NAMES_WEIGHT * nameWeight;
            score[i] = base * lengthFactor(wordCount(s.text())) * furnitureFactor(s.text());
        }
        int wanted = targetCount(length, candidates);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));

        List<Integer> chosen = new ArrayList<>();
        int words = 0;
        int wordBudget = length instanceof SummaryLength.Words w ? w.words() : Integer.MAX_VALUE;
        for (int i : order) {
            if (chosen.size() >= wanted || score[i] == Double.NEGATIVE_INFINITY) break;
            if (isRedundant(terms[i], chosen, terms)) continue;
            int w = wordCount(sentences.get(i).text());
            if (!chosen.isEmpty() && words + w > wordBudget) continue;
            chosen.add(i);
            words += w;
        }
        chosen.sort(null);
        return chosen;
    }

    private static int targetCount(SummaryLength length, int candidates) {
        int count;
        if (length instanceof SummaryLength.Sentences s) count = s.count();
        else if (length instanceof SummaryLength.Ratio r) count = (int) Math.ceil(r.ratio() * candidates);
        else count = candidates; // Words: the word budget stops the selection
        return Math.max(1, Math.min(count, candidates));
    }

    /** How often each content term occurs in the candidate sentences. */
    private static double[] documentVector(TermIndex index, int[][] terms, List<SentenceUnit> sentences) {
        double[] v = new double[index.size()];
        for (int i = 0; i < terms.length; i++) {
            if (!sentences.get(i).candidate()) continue;
            for (int t : terms[i]) v[t]++;
        }
        return v;
    }

    /**
     * Cosine between the sentence's term counts and the rest of the document's (the document minus
     * the sentence itself, so a long sentence does not score by resembling itself). Terms found in a
     * single sentence carry nothing about the document's topic and are ignored.
     */
    private static double cosineWithoutSelf(int[] sentence, double[] document, double documentNorm, TermIndex index) {
        if (sentence.length == 0) return 0;
        Map<Integer, Integer> own = counts(sentence);
        double dot = 0;
        double sentenceNorm = 0;
        for (Map.Entry<Integer, Integer> e : own.entrySet()) {
            double rest = document[e.getKey()] - e.getValue();
            if (index.sentenceFrequency(e.getKey()) < 2) continue;
            dot += e.getValue() * rest;
            sentenceNorm += (double) e.getValue() * e.getValue();
        }
        if (dot == 0 || sentenceNorm == 0 || documentNorm == 0) return 0;
        return dot / (Math.sqrt(sentenceNorm) * documentNorm);
    }

    private static double norm(double[] vector) {
        double sum = 0;
        for (double x : vector) sum += x * x;
        return Math.sqrt(sum);
    }

    private static double overlap(int[] sentence, int[] title) {
        if (title.length == 0) return 0;
        int hits = 0;
        for (int t : title) {
            for (int s : sentence) {
                if (s == t) {
                    hits++;
                    break;
                }
            }
        }
        return (double) hits / title.length;
    }

    /** Capitalized words that are not sentence-initial, counted over the document: a cheap stand-in for named entities. */
    private static Map<String, Integer> salientNames(List<SentenceUnit> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (SentenceUnit s : sentences) {
            for (String name : capitalizedWords(s.text())) counts.merge(name, 1, Integer::sum);
        }
        return counts;
    }

    private static double nameSalience(String sentence, Map<String, Integer> names, int max) {
        List<String> own = capitalizedWords(sentence);
        if (own.isEmpty()) return 0;
        double sum = 0;
        for (String name : new java.util.HashSet<>(own)) sum += names.getOrDefault(name, 0);
        return Math.min(1.0, sum / (2.0 * max));
    }

    private static List<String> capitalizedWords(String sentence) {
        List<String> out = new ArrayList<>();
        String[] words = sentence.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").replaceAll("['’]s$", "");
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !Stopwords.contains(w.toLowerCase(java.util.Locale.ROOT))) out.add(w);
        }
        return out;
    }

    /** Full credit between {@link #IDEAL_MIN_WORDS} and {@link #IDEAL_MAX_WORDS} words, less outside. */
    static double lengthFactor(int words) {
        if (words < IDEAL_MIN_WORDS) return Math.max(0.2, (double) words / IDEAL_MIN_WORDS);
        if (words > IDEAL_MAX_WORDS) return Math.max(0.4, (double) IDEAL_MAX_WORDS / words);
        return 1.0;
    }

    /** Questions, captions ("pictured"), label-prefixed captions and bare quotations rarely summarize an article. */
    static double furnitureFactor(String sentence) {
        double f = 1.0;
        if (QUESTION.matcher(sentence).find()) f *= 0.6;
        if (CAPTION_CUE.matcher(sentence).find()) f *= 0.7;
        if (LABEL_PREFIX.matcher(sentence).find()) f *= 0.7;
        if (OPENS_WITH_QUOTE.matcher(sentence).find()) f *= 0.8;
        return f;
    }

    private boolean isRedundant(int[] candidate, List<Integer> chosen, int[][] terms) {
        for (int j : chosen) {
            if (cosine(candidate, terms[j]) > REDUNDANCY_LIMIT) return true;
        }
        return false;
    }

    static double cosine(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return 0;
        Map<Integer, Integer> ca = counts(a);
        Map<Integer, Integer> cb = counts(b);
        double dot = 0;
        for (Map.Entry<Integer, Integer> e : ca.entrySet()) dot += e.getValue() * cb.getOrDefault(e.getKey(), 0);
        return dot / (norm(ca) * norm(cb));
    }

    private static Map<Integer, Integer> counts(int[] terms) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int t : terms) m.merge(t, 1, Integer::sum);
        return m;
    }

    private static double norm(Map<Integer, Integer> counts) {
        double s = 0;
        for (int c : counts.values()) s += (double) c * c;
        return Math.sqrt(s);
    }

    static int wordCount(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) words++;
            in = !space;
        }
        return words;
    }
}
