package dev.precis.engine;

import dev.precis.facts.FactSource;
import dev.precis.facts.KeyFacts;
import dev.precis.facts.KeyFactsExtractor;
import dev.precis.nlp.LanguageIdentifier;
import dev.precis.nlp.Nlp;
import dev.precis.nlp.SentenceSplitter;
import dev.precis.score.ExtractiveSelector;
import dev.precis.score.SentenceUnit;
import dev.precis.text.CleanDocument;
import dev.precis.text.TextCleaner;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine: text in, summary and key facts out. Thread-safe; create once (it loads the models)
 * and share. No AWS types here: the Lambda handler, the CLI and the tests all drive this class.
 *
 * <p>clean (title, date line, blocks without page furniture) → sentences (OpenNLP, per block) →
 * score and select (extractive) → key facts → stats.
 */
public final class Summarizer {
    /** Engine version, stored with every result so a consumer can tell which method produced it. */
    public static final String VERSION = "precis-0.1.0";
    private static final double WORDS_PER_MINUTE = 230;

    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter;
    private final ExtractiveSelector selector = new ExtractiveSelector();
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final KeyFactsExtractor facts;

    private Summarizer(Nlp nlp) {
        this.splitter = new SentenceSplitter(nlp);
        this.facts = new KeyFactsExtractor(nlp);
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
     * @throws InvalidDocumentException when the text is empty or has no sentences
     */
    public SummaryResult summarize(String text, String title, SummaryLength length) {
        if (text == null || text.isBlank()) throw new InvalidDocumentException("empty document");
        CleanDocument doc = cleaner.clean(text, title);
        List<SentenceUnit> sentences = sentences(doc);
        if (sentences.isEmpty()) throw new InvalidDocumentException("no sentences found");

        List<String> summary = new ArrayList<>();
        for (int i : selector.select(sentences, doc.title(), length)) summary.add(sentences.get(i).text());

        LanguageIdentifier.Guess language = languages.identify(text);
        String languageNote = language.english() ? null
                : "not English (" + language.code() + "): sentences and key facts come from English models and may be poor";
        List<String> body = sentences.stream().filter(SentenceUnit::candidate).map(SentenceUnit::text).toList();
        KeyFacts keyFacts = facts.extract(new FactSource(doc.title(), body, doc.dateline()));
        return new SummaryResult(doc.title(), language.code(), languageNote, summary, keyFacts, stats(sentences), VERSION);
    }

    /**
     * The sentences that may appear in a summary, in document order, after the same cleaning and
     * splitting that {@link #summarize} uses. Baselines such as Lead-3 take theirs from here, so
     * comparisons are made on the same sentence splitting.
     */
    public List<String> candidateSentences(String text, String title) {
        if (text == null || text.isBlank()) return List.of();
        return sentences(cleaner.clean(text, title)).stream().filter(SentenceUnit::candidate).map(SentenceUnit::text).toList();
    }

    private List<SentenceUnit> sentences(CleanDocument doc) {
        List<SentenceUnit> out = new ArrayList<>();
        for (int b = 0; b < doc.blocks().size(); b++) {
            CleanDocument.Block block = doc.blocks().get(b);
            if (block.kind() == CleanDocument.Kind.HEADING) {
                out.add(new SentenceUnit(SentenceSplitter.normalizeWhitespace(block.text()), b, false));
                continue;
            }
            for (String sentence : splitter.split(block.text())) out.add(new SentenceUnit(sentence, b, true));
        }
        return out;
    }

    private static DocumentStats stats(List<SentenceUnit> sentences) {
        int characters = 0;
        int words = 0;
        for (SentenceUnit s : sentences) {
            characters += s.text().length() + 1;
            words += wordCount(s.text());
        }
        double minutes = Math.round(10 * words / WORDS_PER_MINUTE) / 10.0;
        return new DocumentStats(Math.max(0, characters - 1), words, sentences.size(), minutes);
    }

    /**
     * As {@code text.split("\\s+").length} (a leading space counts as an empty first word), without
     * a regular expression: this runs on every sentence. Sentences are never blank.
     */
    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        boolean leadingSpace = !text.isEmpty() && isRegexSpace(text.charAt(0));
        return Math.max(1, words + (leadingSpace ? 1 : 0));
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
