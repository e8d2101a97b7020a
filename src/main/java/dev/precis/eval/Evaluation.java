package dev.precis.eval;

import dev.precis.engine.InvalidDocumentException;
import dev.precis.engine.SummaryLength;
import dev.precis.engine.Summarizer;
import java.util.List;
import java.util.Locale;

/**
 * Scores Précis against reference summaries with ROUGE, beside the Lead-N baseline (the first N
 * sentences) computed in the same run from the same cleaning and sentence splitting.
 */
public final class Evaluation {
    private final Summarizer summarizer;

    public Evaluation(Summarizer summarizer) {
        this.summarizer = summarizer;
    }

    /** One evaluation document: its text, optional title and the reference summary's sentences. */
    public record Document(String id, String text, String title, List<String> reference) {}

    /** Mean per-document F1 (percent) for each system, and Précis's speed. */
    public record Report(int documents, int sentences, RougeScores precis, RougeScores lead, double docsPerSecond) {
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%d documents, %d sentences per summary, ROUGE F1 (%%)%n", documents, sentences));
            sb.append(String.format(Locale.ROOT, "%-10s %7s %7s %7s %7s%n", "system", "R1", "R2", "RL", "RLsum"));
            row(sb, "Précis", precis);
            row(sb, "Lead-" + sentences, lead);
            sb.append(String.format(Locale.ROOT, "%-10s %+7.2f %+7.2f %+7.2f %+7.2f%n", "difference",
                    precis.rouge1() - lead.rouge1(), precis.rouge2() - lead.rouge2(),
                    precis.rougeL() - lead.rougeL(), precis.rougeLsum() - lead.rougeLsum()));
            sb.append(String.format(Locale.ROOT, "Précis speed: %.1f docs/s%n", docsPerSecond));
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, RougeScores s) {
            sb.append(String.format(Locale.ROOT, "%-10s %7.2f %7.2f %7.2f %7.2f%n", name, s.rouge1(), s.rouge2(), s.rougeL(), s.rougeLsum()));
        }
    }

    public Report run(List<Document> documents, SummaryLength.Sentences length) {
        RougeAverager precis = new RougeAverager();
        RougeAverager lead = new RougeAverager();
        long summarizingNanos = 0;
        for (Document doc : documents) {
            long start = System.nanoTime();
            List<String> summary;
            try {
                summary = summarizer.summarize(doc.text(), doc.title(), length).summary();
            } catch (InvalidDocumentException e) {
                summary = List.of(); // scores zero, as an empty summary would
            }
            summarizingNanos += System.nanoTime() - start;
            precis.add(Rouge.score(doc.reference(), summary));
            List<String> sentences = summarizer.candidateSentences(doc.text(), doc.title());
            lead.add(Rouge.score(doc.reference(), sentences.subList(0, Math.min(length.count(), sentences.size()))));
        }
        double seconds = Math.max(1e-9, summarizingNanos / 1e9);
        return new Report(documents.size(), length.count(), precis.meanPercent(), lead.meanPercent(), documents.size() / seconds);
    }
}
