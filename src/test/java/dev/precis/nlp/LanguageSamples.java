package dev.precis.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The language fixtures in {@code src/test/resources/dev/precis/nlp/}: one sample a line, the
 * expected ISO 639-1 code (or "und"), a tab, the text; {@code #} comments and blank lines skipped.
 */
final class LanguageSamples {
    static final String TUNING = "language-samples.tsv";
    static final String HOLDOUT = "language-samples-holdout.tsv";
    static final String HARD_CASES = "language-hard-cases.tsv";

    /** One fixture line; {@code line} is its 1-based line number, for messages. */
    record Sample(String expected, String text, String file, int line) {
        @Override
        public String toString() {
            String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
            return expected + ": " + shown;
        }
    }

    private LanguageSamples() {}

    static List<Sample> load(String file) {
        InputStream in = LanguageSamples.class.getResourceAsStream(file);
        if (in == null) throw new IllegalStateException("fixture " + file + " is not on the test classpath");
        List<Sample> samples = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1) {
                    throw new IllegalStateException(file + ":" + n + ": expected 'code<TAB>text'");
                }
                samples.add(new Sample(line.substring(0, tab), line.substring(tab + 1), file, n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file, e);
        }
        return samples;
    }
}
