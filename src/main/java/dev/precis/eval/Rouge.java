package dev.precis.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F1, computed as Google's {@code rouge-score} does with
 * {@code use_stemmer=True} when given the sentences of each text joined by newlines.
 */
public final class Rouge {

    private static final RougeTokenizer DEFAULT_TOKENIZER = new RougeTokenizer();

    private Rouge() {}

    /** Scores {@code candidate} against {@code reference}; both are lists of sentences. */
    public static RougeScores score(List<String> reference, List<String> candidate) {
        return score(reference, candidate, DEFAULT_TOKENIZER);
    }

    public static RougeScores score(List<String> reference, List<String> candidate, RougeTokenizer tokenizer) {
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> referenceLines = tokenizeLines(reference, tokenizer, ids);
        List<int[]> candidateLines = tokenizeLines(candidate, tokenizer, ids);
        int[] referenceTokens = concat(referenceLines);
        int[] candidateTokens = concat(candidateLines);
        return new RougeScores(
                ngramF1(referenceTokens, candidateTokens, 1),
                ngramF1(referenceTokens, candidateTokens, 2),
                lcsF1(referenceTokens, candidateTokens),
                summaryLevelLcsF1(referenceLines, candidateLines, ids.size()));
    }

    /**
     * The sentences joined by newlines and cut again at newlines, dropping empty lines, as
     * {@code rouge-score} reads a summary for ROUGE-Lsum; each line as token ids.
     */
    private static List<int[]> tokenizeLines(List<String> sentences, RougeTokenizer tokenizer, Map<String, Integer> ids) {
        List<int[]> lines = new ArrayList<>();
        for (String line : String.join("\n", sentences).split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(tokenizer.tokenize(line).stream()
                        .mapToInt(token -> ids.computeIfAbsent(token, t -> ids.size()))
                        .toArray());
            }
        }
        return lines;
    }

    private static int[] concat(List<int[]> lines) {
        return lines.stream().flatMapToInt(Arrays::stream).toArray();
    }

    /** Clipped n-gram overlap (n is 1 or 2). */
    private static double ngramF1(int[] reference, int[] candidate, int n) {
        Map<Long, Integer> referenceCounts = ngramCounts(reference, n);
        Map<Long, Integer> candidateCounts = ngramCounts(candidate, n);
        int overlap = 0;
        for (Map.Entry<Long, Integer> entry : referenceCounts.entrySet()) {
            overlap += Math.min(entry.getValue(), candidateCounts.getOrDefault(entry.getKey(), 0));
        }
        double precision = (double) overlap / Math.max(candidate.length - n + 1, 1);
        double recall = (double) overlap / Math.max(reference.length - n + 1, 1);
        return f1(precision, recall);
    }

    private static Map<Long, Integer> ngramCounts(int[] tokens, int n) {
        if (n < 1 || n > 2) {
            throw new IllegalArgumentException("n-grams of length 1 or 2 only: " + n);
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.length; i++) {
            long key = n == 1 ? tokens[i] : ((long) tokens[i] << 32) | tokens[i + 1];
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    private static double lcsF1(int[] reference, int[] candidate) {
        if (reference.length == 0 || candidate.length == 0) {
            return 0.0;
        }
        int lcs = Lcs.length(reference, candidate);
        return f1((double) lcs / candidate.length, (double) lcs / reference.length);
    }

    /**
     * For each reference line, the union of its tokens on an LCS with each candidate line; a
     * token counts as a hit only while it has unused occurrences in both summaries.
     */
    private static double summaryLevelLcsF1(List<int[]> referenceLines, List<int[]> candidateLines, int vocabularySize) {
        int[] referenceLeft = tokenCounts(referenceLines, vocabularySize);
        int[] candidateLeft = tokenCounts(candidateLines, vocabularySize);
        int referenceLength = Arrays.stream(referenceLeft).sum();
        int candidateLength = Arrays.stream(candidateLeft).sum();
        if (referenceLength == 0 || candidateLength == 0) {
            return 0.0;
        }
        int hits = 0;
        for (int[] referenceLine : referenceLines) {
            boolean[] inUnion = new boolean[referenceLine.length];
            for (int[] candidateLine : candidateLines) {
                Lcs.markMatched(referenceLine, candidateLine, inUnion);
            }
            for (int i = 0; i < referenceLine.length; i++) {
                int token = referenceLine[i];
                if (inUnion[i] && referenceLeft[token] > 0 && candidateLeft[token] > 0) {
                    hits++;
                    referenceLeft[token]--;
                    candidateLeft[token]--;
                }
            }
        }
        return f1((double) hits / candidateLength, (double) hits / referenceLength);
    }

    private static int[] tokenCounts(List<int[]> lines, int vocabularySize) {
        int[] counts = new int[vocabularySize];
        for (int[] line : lines) {
            for (int token : line) {
                counts[token]++;
            }
        }
        return counts;
    }

    private static double f1(double precision, double recall) {
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    }
}
