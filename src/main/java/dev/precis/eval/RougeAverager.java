package dev.precis.eval;

/**
 * Adds up per-document ROUGE F1 values and reports their mean, the figure papers report.
 * Not thread-safe: use one per thread, or add from one thread.
 */
public final class RougeAverager {

    private int count;
    private double rouge1;
    private double rouge2;
    private double rougeL;
    private double rougeLsum;

    public void add(RougeScores scores) {
        count++;
        rouge1 += scores.rouge1();
        rouge2 += scores.rouge2();
        rougeL += scores.rougeL();
        rougeLsum += scores.rougeLsum();
    }

    public int count() {
        return count;
    }

    /** Mean per-document F1 as fractions. */
    public RougeScores mean() {
        if (count == 0) {
            throw new IllegalStateException("no documents scored yet");
        }
        return new RougeScores(rouge1 / count, rouge2 / count, rougeL / count, rougeLsum / count);
    }

    /** Mean per-document F1 in percent (0 to 100). */
    public RougeScores meanPercent() {
        RougeScores mean = mean();
        return new RougeScores(100 * mean.rouge1(), 100 * mean.rouge2(), 100 * mean.rougeL(), 100 * mean.rougeLsum());
    }
}
