package dev.precis.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Classic TextRank for sentence extraction (Mihalcea &amp; Tarau, 2004): sentences are vertices, the
 * edge weight is the number of words two sentences share normalized by the log of their lengths,
 * |Si ∩ Sj| / (log|Si| + log|Sj|), and sentences are ranked by weighted PageRank (d = 0.85).
 * A baseline for the benchmark only; the shipped engine does not use it.
 */
final class TextRank extends SentenceGraph {
    private List<int[]> words;
    private double[] logLength;

    @Override
    String name() {
        return "TextRank";
    }

    @Override
    void prepare(List<int[]> tokens, int vocabulary) {
        words = new ArrayList<>(tokens.size());
        logLength = new double[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            words.add(distinct(tokens.get(i)));
            logLength[i] = Math.log(Math.max(1, tokens.get(i).length));
        }
    }

    @Override
    double similarity(int i, int j) {
        double norm = logLength[i] + logLength[j];
        if (norm <= 0) return 0;
        int[] a = words.get(i);
        int[] b = words.get(j);
        int shared = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                shared++;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return shared / norm;
    }
}
