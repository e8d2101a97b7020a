package dev.precis.bench;

import java.util.List;

/**
 * LexRank (Erkan &amp; Radev, 2004), the thresholded variant: sentences as tf-idf vectors (idf over
 * the document's sentences), an unweighted edge where the cosine is at least 0.1, and the
 * stationary distribution of the degree-normalized graph by power iteration (damping 0.85).
 * A baseline for the benchmark only; the shipped engine does not use it.
 */
final class LexRank extends SentenceGraph {
    static final double THRESHOLD = 0.1;
    private int[][] ids;
    private double[][] weights;

    @Override
    String name() {
        return "LexRank";
    }

    @Override
    void prepare(List<int[]> tokens, int vocabulary) {
        int n = tokens.size();
        int[] documentFrequency = new int[vocabulary];
        for (int[] t : tokens) for (int id : distinct(t)) documentFrequency[id]++;
        ids = new int[n][];
        weights = new double[n][];
        for (int i = 0; i < n; i++) {
            int[] terms = distinct(tokens.get(i));
            double[] w = new double[terms.length];
            double norm = 0;
            for (int k = 0; k < terms.length; k++) {
                int tf = 0;
                for (int id : tokens.get(i)) if (id == terms[k]) tf++;
                w[k] = tf * Math.log((double) n / documentFrequency[terms[k]]);
                norm += w[k] * w[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < w.length; k++) w[k] = norm == 0 ? 0 : w[k] / norm;
            ids[i] = terms;
            weights[i] = w;
        }
    }

    @Override
    double similarity(int i, int j) {
        int[] a = ids[i];
        int[] b = ids[j];
        double dot = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                dot += weights[i][x++] * weights[j][y++];
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return dot >= THRESHOLD ? 1 : 0;
    }
}
