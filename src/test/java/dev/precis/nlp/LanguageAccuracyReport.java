package dev.precis.nlp;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints how often {@link LanguageIdentifier} gets the fixtures right, per file and per language,
 * and every miss. Not a test: it measures whichever identifier is on the classpath, so the same
 * fixtures can be run against an older one. Run after {@code mvn -q test-compile} with
 * {@code java -cp target/test-classes:target/classes dev.precis.nlp.LanguageAccuracyReport [FIXTURE...]};
 * an identifier with dependencies (OpenNLP's, measured before it was removed) needs them on the
 * class path too.
 */
public final class LanguageAccuracyReport {
    private LanguageAccuracyReport() {}

    public static void main(String[] args) {
        List<String> files = args.length > 0 ? List.of(args)
                : List.of(LanguageSamples.TUNING, LanguageSamples.HOLDOUT, LanguageSamples.HARD_CASES);
        LanguageIdentifier identifier = new LanguageIdentifier();
        for (String file : files) {
            List<LanguageSamples.Sample> samples = LanguageSamples.load(file);
            Map<String, int[]> byLanguage = new TreeMap<>();
            StringBuilder misses = new StringBuilder();
            int right = 0;
            for (LanguageSamples.Sample sample : samples) {
                String got = identifier.identify(sample.text()).code();
                int[] counts = byLanguage.computeIfAbsent(sample.expected(), k -> new int[2]);
                counts[1]++;
                if (got.equals(sample.expected())) {
                    counts[0]++;
                    right++;
                } else {
                    misses.append(String.format("  line %d: expected %s, got %s: %s%n", sample.line(), sample.expected(), got, sample));
                }
            }
            System.out.printf("%s: %d/%d right (%.1f%%)%n", file, right, samples.size(), 100.0 * right / samples.size());
            StringBuilder perLanguage = new StringBuilder("  ");
            byLanguage.forEach((code, c) -> perLanguage.append(code).append(' ').append(c[0]).append('/').append(c[1]).append("  "));
            System.out.println(perLanguage.toString().stripTrailing());
            System.out.print(misses);
        }
    }
}
