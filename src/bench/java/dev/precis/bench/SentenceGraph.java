package dev.precis.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the classic graph baselines share: sentences as word-id sets, a pairwise similarity, and a
 * PageRank-style power iteration over the similarity graph, all against a deadline (both are
 * O(n²) in the number of sentences, so a long document is stopped rather than waited for).
 */
abstract class SentenceGraph {
    static final double DAMPING = 0.85;
    private static final double EPSILON = 1e-4;
    private static final int MAX_ITERATIONS = 100;
    /** Above this many cells the similarity matrix is not kept but recomputed per iteration (memory stays linear). */
    private static final long MAX_CACHED_CELLS = 80_000_000L;

    /** Thrown when the deadline passes; the caller reports "over budget". */
    static final class OverBudget extends RuntimeException {
        OverBudget() {
            super("over budget", null, false, false);
        }
    }

    /** The name shown in reports. */
    abstract String name();

    /** Prepares per-sentence vectors; called once per document before {@link #similarity}. */
    abstract void prepare(List<int[]> tokens, int vocabulary);

    /** Edge weight between sentences i and j (i != j); 0 for no edge. */
    abstract double similarity(int i, int j);

    /** The indices of the {@code count} best sentences, in document order. */
    final List<Integer> select(List<String> sentences, int count, long deadlineNanos) {
        int n = sentences.size();
        if (n <= count) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < n; i++) all.add(i);
            return all;
        }
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> tokens = new ArrayList<>(n);
        for (String s : sentences) tokens.add(tokenize(s, ids));
        prepare(tokens, ids.size());
        double[] scores = rank(n, deadlineNanos);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
        List<Integer> chosen = new ArrayList<>(Arrays.asList(order).subList(0, count));
        chosen.sort(null);
        return chosen;
    }

    /** Weighted PageRank: p = (1-d)/n + d · Σ_j w_ji / Σ_k w_jk · p_j, until the change is below epsilon. */
    private double[] rank(int n, long deadline) {
        boolean cache = (long) n * n <= MAX_CACHED_CELLS;
        float[][] matrix = cache ? new float[n][] : null;
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            checkDeadline(deadline);
            float[] row = new float[n];
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    row[j] = (float) similarity(i, j);
                    outWeight[i] += row[j];
                }
            }
            if (cache) matrix[i] = row;
        }
        double[] p = new double[n];
        Arrays.fill(p, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                checkDeadline(deadline);
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (i == j || outWeight[j] == 0) continue;
                    double w = cache ? matrix[j][i] : similarity(j, i);
                    if (w != 0) sum += w / outWeight[j] * p[j];
                }
                next[i] = (1 - DAMPING) / n + DAMPING * sum;
            }
            double change = 0;
            for (int i = 0; i < n; i++) change += Math.abs(next[i] - p[i]);
            p = next;
            if (change < EPSILON) break;
        }
        return p;
    }

    private static void checkDeadline(long deadline) {
        if (System.nanoTime() > deadline) throw new OverBudget();
    }

    /** Lower-cased runs of letters and digits, as word ids in order (repeats kept). */
    static int[] tokenize(String sentence, Map<String, Integer> ids) {
        List<Integer> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0, n = sentence.length(); i <= n; i++) {
            char c = i < n ? sentence.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(ids.computeIfAbsent(w.toString().toLowerCase(Locale.ROOT), k -> ids.size()));
                w.setLength(0);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The distinct ids of {@code tokens}, sorted. */
    static int[] distinct(int[] tokens) {
        return Arrays.stream(tokens).distinct().sorted().toArray();
    }
}
