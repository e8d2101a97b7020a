package dev.precis.eval;

/** Longest common subsequence of two token-id sequences, read out as {@code rouge-score} does. */
final class Lcs {

    private Lcs() {}

    static int length(int[] a, int[] b) {
        return table(a, b)[a.length][b.length];
    }

    /**
     * Marks in {@code matched} the positions of {@code a} that take part in one LCS of {@code a}
     * and {@code b}. Which LCS matters for the summary-level union, so the walk back through the
     * table follows {@code rouge-score}: take a match when the tokens are equal, otherwise step
     * along {@code b} only if that keeps a strictly longer LCS, else step along {@code a}.
     */
    static void markMatched(int[] a, int[] b, boolean[] matched) {
        int[][] t = table(a, b);
        int i = a.length;
        int j = b.length;
        while (i > 0 && j > 0) {
            if (a[i - 1] == b[j - 1]) {
                matched[i - 1] = true;
                i--;
                j--;
            } else if (t[i][j - 1] > t[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
    }

    /** {@code t[i][j]} is the LCS length of the first i tokens of a and the first j of b. */
    private static int[][] table(int[] a, int[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                t[i][j] = a[i - 1] == b[j - 1]
                        ? t[i - 1][j - 1] + 1
                        : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t;
    }
}
