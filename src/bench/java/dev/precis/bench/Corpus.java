package dev.precis.bench;

import dev.precis.eval.Evaluation;
import dev.precis.eval.EvaluationData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Benchmark inputs: the dev articles with their reference summaries, and long texts of a given size
 * built from varied text (the dev articles shuffled, cut into paragraphs; or, without the shared
 * data, generated sentences), never one paragraph repeated.
 */
final class Corpus {
    private final List<Evaluation.Document> documents;

    private Corpus(List<Evaluation.Document> documents) {
        this.documents = documents;
    }

    /** The dev set when {@code devFile} exists, else an empty corpus (long texts are then generated). */
    static Corpus load(Path devFile) throws IOException {
        boolean present = devFile != null && Files.isRegularFile(devFile);
        return new Corpus(present ? List.copyOf(EvaluationData.read(devFile)) : List.of());
    }

    boolean hasDevSet() {
        return !documents.isEmpty();
    }

    List<Evaluation.Document> documents() {
        return documents;
    }

    /** About {@code bytes} bytes (UTF-8) of text in paragraphs of a few sentences, separated by blank lines; deterministic. */
    String text(int bytes) {
        Random random = new Random(bytes);
        StringBuilder out = new StringBuilder(bytes + 1024);
        List<String> sentences = new ArrayList<>();
        int size = 0;
        while (size < bytes) {
            if (sentences.isEmpty()) sentences.addAll(nextSource(random));
            int take = Math.min(sentences.size(), 2 + random.nextInt(4));
            String paragraph = String.join(" ", sentences.subList(0, take));
            sentences.subList(0, take).clear();
            if (out.length() > 0) out.append("\n\n");
            out.append(paragraph);
            size += paragraph.getBytes(StandardCharsets.UTF_8).length + 2;
        }
        return out.toString();
    }

    /** The sentences of a random dev article (split at ". "), or a generated one. */
    private List<String> nextSource(Random random) {
        if (documents.isEmpty()) return Generated.article(random);
        String text = documents.get(random.nextInt(documents.size())).text();
        List<String> parts = new ArrayList<>();
        for (String s : text.split("(?<=[.!?])\\s+")) if (!s.isBlank()) parts.add(s.strip());
        return parts;
    }

    /** Generated news-like sentences from a small vocabulary, when the shared data is absent. */
    static final class Generated {
        private static final String[] SUBJECTS = {"The council", "A spokesperson for the ministry", "Local residents", "The company",
            "Researchers at the university", "The mayor", "Police officers", "The committee", "Several witnesses", "The regional director"};
        private static final String[] VERBS = {"announced", "rejected", "reviewed", "questioned", "approved", "delayed", "described",
            "welcomed", "criticised", "published"};
        private static final String[] OBJECTS = {"a new plan for the harbour", "the budget for next year", "the findings of the report",
            "an agreement with the unions", "the proposal to close the bridge", "plans for a second school", "the results of the inquiry",
            "a fund for flood repairs", "the decision to raise fares", "the timetable for the elections"};
        private static final String[] TAILS = {"on Tuesday", "after a long debate", "despite strong opposition", "in a statement",
            "at a meeting in the town hall", "earlier this month", "for the third time", "according to officials"};

        private Generated() {}

        static List<String> article(Random random) {
            List<String> out = new ArrayList<>();
            int n = 8 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                out.add(pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " " + pick(random, TAILS)
                        + (random.nextInt(3) == 0 ? ", and " + pick(random, SUBJECTS).toLowerCase() + " " + pick(random, VERBS) + " it" : "")
                        + " (" + (1 + random.nextInt(999)) + ").");
            }
            Collections.shuffle(out, random);
            return out;
        }

        private static String pick(Random random, String[] words) {
            return words[random.nextInt(words.length)];
        }
    }
}
