package dev.precis.bench;

import dev.precis.engine.InvalidDocumentException;
import dev.precis.engine.SummaryLength;
import dev.precis.engine.Summarizer;
import dev.precis.eval.Evaluation;
import dev.precis.eval.Rouge;
import dev.precis.eval.RougeAverager;
import dev.precis.eval.RougeScores;
import dev.precis.extract.ExtractedText;
import dev.precis.extract.TextExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The warm engine, one thread: quality and speed on dev, throughput and scaling on long texts, beside TextRank and LexRank. */
final class EngineBench {
    private static final SummaryLength.Sentences THREE = new SummaryLength.Sentences(3);
    private final Summarizer summarizer = Summarizer.load();
    private final TextExtractor extractor = new TextExtractor();
    private final List<SentenceGraph> baselines = List.of(new TextRank(), new LexRank());
    /** The most warm-up runs before the scaling runs, should the JIT never settle. */
    private static final int MAX_WARM_UP_RUNS = 40;
    private final double budgetSeconds;
    private int warmUpRuns;
    private int warmUpBytes;

    EngineBench(double budgetSeconds) {
        this.budgetSeconds = budgetSeconds;
    }

    /** ROUGE and docs/s on the dev set for Précis, Lead-3, TextRank and LexRank; same sentences for all but Précis's own selection. */
    Map<String, Object> quality(List<Evaluation.Document> docs) {
        for (Evaluation.Document d : docs) summarize(d.text(), d.title()); // warm-up pass
        Map<String, RougeAverager> rouge = new LinkedHashMap<>();
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (String system : List.of("Précis", "Lead-3", "TextRank", "LexRank")) {
            rouge.put(system, new RougeAverager());
            nanos.put(system, 0L);
        }
        for (Evaluation.Document d : docs) {
            long t = System.nanoTime();
            List<String> summary = summarize(d.text(), d.title());
            nanos.merge("Précis", System.nanoTime() - t, Long::sum);
            rouge.get("Précis").add(Rouge.score(d.reference(), summary));

            t = System.nanoTime();
            List<String> sentences = summarizer.candidateSentences(d.text(), d.title());
            long splitNanos = System.nanoTime() - t;
            rouge.get("Lead-3").add(Rouge.score(d.reference(), sentences.subList(0, Math.min(3, sentences.size()))));
            nanos.merge("Lead-3", splitNanos, Long::sum);
            for (SentenceGraph g : baselines) {
                t = System.nanoTime();
                List<String> picked = pick(sentences, g.select(sentences, 3, Long.MAX_VALUE));
                nanos.merge(g.name(), System.nanoTime() - t + splitNanos, Long::sum);
                rouge.get(g.name()).add(Rouge.score(d.reference(), picked));
            }
        }
        // Précis's speed again on its own, best of three passes: one pass is a few seconds, and
        // bursts of load from other processes on a shared machine otherwise decide the figure
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < 3; pass++) {
            long t = System.nanoTime();
            for (Evaluation.Document d : docs) summarize(d.text(), d.title());
            best = Math.min(best, System.nanoTime() - t);
        }
        nanos.put("Précis", best);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", docs.size());
        for (String system : rouge.keySet()) {
            RougeScores s = rouge.get(system).meanPercent();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rouge1", round(s.rouge1(), 2));
            row.put("rouge2", round(s.rouge2(), 2));
            row.put("rougeL", round(s.rougeL(), 2));
            row.put("rougeLsum", round(s.rougeLsum(), 2));
            row.put("docsPerSecond", round(docs.size() / Math.max(1e-9, nanos.get(system) / 1e9), 1));
            out.put(system, row);
        }
        return out;
    }

    /**
     * Time and peak heap per size for Précis (bytes → extract → summarize), and time for the
     * baselines (sentence splitting + ranking) until their budget runs out.
     */
    List<Map<String, Object>> scaling(Corpus corpus, int[] sizes, Progress progress) {
        byte[] warm = corpus.text(Math.min(1 << 20, sizes[sizes.length - 1])).getBytes(StandardCharsets.UTF_8);
        warmUpBytes = warm.length;
        warmUpRuns = warmUp(warm);
        progress.line("scaling: " + warmUpRuns + " warm-up runs on " + warmUpBytes + " bytes until the JIT settled");
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean[] stopped = new boolean[baselines.size()];
        for (int size : sizes) {
            byte[] bytes = corpus.text(size).getBytes(StandardCharsets.UTF_8);
            int repeats = size <= 20_000 ? 21 : size <= 2_000_000 ? 7 : 3;
            double[] seconds = new double[repeats];
            double[] cpuSeconds = new double[repeats];
            long peak = 0;
            for (int r = 0; r < repeats; r++) {
                resetPeaks();
                long cpu = processCpuNanos();
                long t = System.nanoTime();
                endToEnd(bytes);
                seconds[r] = (System.nanoTime() - t) / 1e9;
                cpuSeconds[r] = (processCpuNanos() - cpu) / 1e9;
                peak = Math.max(peak, peakHeap());
            }
            double median = median(seconds);
            double cpuMedian = median(cpuSeconds);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("bytes", bytes.length);
            row.put("precisSeconds", round(median, 4));
            row.put("precisMBps", round(bytes.length / 1e6 / median, 2));
            // CPU time of the whole process (JIT and GC threads included): what "per core" means on a shared machine
            row.put("precisCpuSeconds", round(cpuMedian, 4));
            row.put("precisMBperCpuSecond", round(bytes.length / 1e6 / cpuMedian, 2));
            row.put("precisPeakHeapMB", round(peak / 1e6, 0));
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<String> sentences = summarizer.candidateSentences(text, null);
            row.put("sentences", sentences.size());
            for (int b = 0; b < baselines.size(); b++) {
                SentenceGraph g = baselines.get(b);
                String key = g.name().toLowerCase() + "Seconds";
                if (stopped[b]) {
                    row.put(key, null);
                    row.put(g.name().toLowerCase() + "Note", "not run: over " + (int) budgetSeconds + " s on a smaller size");
                    continue;
                }
                long t = System.nanoTime();
                try {
                    List<String> s = summarizer.candidateSentences(text, null);
                    g.select(s, 3, t + (long) (budgetSeconds * 1e9));
                    row.put(key, round((System.nanoTime() - t) / 1e9, 4));
                } catch (SentenceGraph.OverBudget e) {
                    stopped[b] = true;
                    row.put(key, null);
                    row.put(g.name().toLowerCase() + "Note", "> " + (int) budgetSeconds + " s (stopped)");
                }
            }
            progress.line("scaling " + bytes.length + " bytes: " + row);
            rows.add(row);
        }
        return rows;
    }

    /**
     * Runs {@code bytes} end to end until the JIT has settled: two runs in a row in which the whole
     * process used at most 10% more CPU time than the run's wall time (the compiler threads idle),
     * at least three runs, at most {@link #MAX_WARM_UP_RUNS}. Without it the JIT's own work, still
     * going after a few runs, counted against the first sizes' CPU time.
     *
     * @return the runs it took
     */
    private int warmUp(byte[] bytes) {
        int runs = 0;
        int settled = 0;
        while (runs < MAX_WARM_UP_RUNS && (runs < 3 || settled < 2)) {
            long cpu = processCpuNanos();
            long t = System.nanoTime();
            endToEnd(bytes);
            long wall = System.nanoTime() - t;
            runs++;
            settled = processCpuNanos() - cpu <= wall * 1.1 ? settled + 1 : 0;
        }
        return runs;
    }

    /** How many warm-up runs the last {@link #scaling} took. */
    int warmUpRuns() {
        return warmUpRuns;
    }

    /** The size of the text the last {@link #scaling} warmed up on: 1 MB, or the largest size when smaller. */
    int warmUpBytes() {
        return warmUpBytes;
    }

    private void endToEnd(byte[] bytes) {
        ExtractedText text = extractor.extract(bytes, "text/plain; charset=utf-8", "bench.txt");
        summarizer.summarize(text.text(), text.title(), THREE);
    }

    private List<String> summarize(String text, String title) {
        try {
            return summarizer.summarize(text, title, THREE).summary();
        } catch (InvalidDocumentException e) {
            return List.of();
        }
    }

    private static List<String> pick(List<String> sentences, List<Integer> indices) {
        List<String> out = new ArrayList<>();
        for (int i : indices) out.add(sentences.get(i));
        return out;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the live heap at any moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    /** Where progress lines go (stderr in a run, nowhere in the smoke test). */
    interface Progress {
        void line(String s);
    }
}
