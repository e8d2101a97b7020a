package dev.precis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.facts.FactLimits;
import dev.precis.facts.KeyFacts;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The engine's promises on arbitrary text (any Unicode, lone surrogates and control characters
 * included) and on generated sentence soups: verbatim sentences in document order without
 * repeats, within the requested length, deterministic, every fact list within its cap, and no
 * exception but "not a document".
 */
class SummarizerPropertiesTest {
    private static Summarizer summarizer;

    @BeforeContainer
    static void load() {
        summarizer = Summarizer.load();
    }

    @Property(tries = 200)
    void anyText_keepsEveryPromise(@ForAll("anyText") String text, @ForAll("lengths") SummaryLength length) {
        SummaryResult result = check(text, length);
        if (result == null) return;
        // arbitrary text holds "furniture" (lines of bare punctuation, list markers) that the cleaner removes from inside a
        // wrapped sentence: what is left is the sentence's characters in the source's order
        String visible = Verbatim.visible(text);
        int end = 0;
        for (String sentence : result.summary()) {
            end = Verbatim.subsequenceEnd(visible, sentence, end);
            assertTrue(end >= 0, () -> "characters not from the text, or out of order: " + escaped(sentence) + " in " + escaped(text));
        }
    }

    @Property(tries = 200)
    void sentenceSoup_keepsEveryPromise(@ForAll("soups") String text, @ForAll("lengths") SummaryLength length) {
        SummaryResult result = check(text, length);
        assertTrue(result != null, "a soup of sentences is a document");
        assertVerbatimInOrder(text, result);
    }

    private static void assertVerbatimInOrder(String text, SummaryResult result) {
        String normalized = Verbatim.normalize(text);
        int last = -1;
        for (String sentence : result.summary()) {
            int at = Verbatim.indexIn(normalized, sentence, last + 1);
            assertTrue(at > last, () -> "not verbatim, or out of document order: " + escaped(sentence) + " in " + escaped(text));
            last = at;
        }
    }

    @Example
    void loneSurrogatesNulsAndBidiControls_keepEveryPromise() {
        String text = "The council met \uD800 on Monday.\u0000 It approved \uDC00 the budget \u202Eof the town\u202C.\n\n"
                + "Residents \uDBFF cheered\u200F and \u0007 went home. The mayor said \uD83D the vote was fair.";
        SummaryResult result = check(text, SummaryLength.DEFAULT);
        assertTrue(result != null);
        assertVerbatimInOrder(text, result);
    }

    /** Summarizes twice and checks every promise; null when the text is rightly rejected as not a document. */
    private static SummaryResult check(String text, SummaryLength length) {
        SummaryResult result;
        try {
            result = summarizer.summarize(text, null, length);
        } catch (InvalidDocumentException e) {
            assertTrue(e.reason().equals("empty document") || e.reason().equals("no sentences found"), e.reason());
            return null;
        }
        assertEquals(result, summarizer.summarize(text, null, length), "not deterministic");

        List<String> summary = result.summary();
        assertTrue(!summary.isEmpty(), "a document always gets at least one sentence");
        for (String sentence : summary) assertTrue(!sentence.isBlank(), "a blank summary sentence");
        assertEquals(summary.size(), new HashSet<>(summary).size(), "a sentence repeated");
        assertWithin(length, result);
        assertCapped(result.keyFacts());
        return result;
    }

    private static void assertWithin(SummaryLength length, SummaryResult result) {
        int size = result.summary().size();
        if (length instanceof SummaryLength.Sentences s) {
            assertTrue(size <= s.count(), size + " sentences for " + s.count());
        } else if (length instanceof SummaryLength.Ratio r) {
            int allowed = Math.max(1, (int) Math.ceil(r.ratio() * result.stats().sentences()));
            assertTrue(size <= allowed, size + " sentences for ratio " + r.ratio() + " of " + result.stats().sentences());
        } else if (length instanceof SummaryLength.Words w && size > 1) {
            int words = result.summary().stream().mapToInt(SummarizerPropertiesTest::words).sum();
            assertTrue(words <= w.words(), words + " words for a budget of " + w.words());
        }
    }

    private static void assertCapped(KeyFacts facts) {
        assertTrue(facts.entities().size() <= FactLimits.ENTITIES, "entities");
        assertTrue(facts.dates().size() <= FactLimits.DATES, "dates");
        assertTrue(facts.quantities().size() <= FactLimits.QUANTITIES, "quantities");
        assertTrue(facts.quotes().size() <= FactLimits.QUOTES, "quotes");
        assertTrue(facts.keyPhrases().size() <= FactLimits.KEY_PHRASES, "key phrases");
        facts.quotes().forEach(q -> assertTrue(q.text().length() <= FactLimits.QUOTE_CHARS, "quote of " + q.text().length()));
        facts.entities().forEach(e -> assertTrue(e.text().length() <= FactLimits.SHORT_TEXT_CHARS, "entity of " + e.text().length()));
        facts.keyPhrases().forEach(p -> assertTrue(p.length() <= FactLimits.SHORT_TEXT_CHARS, "phrase of " + p.length()));
        facts.quantities().forEach(q -> assertTrue(q.text().length() <= FactLimits.SHORT_TEXT_CHARS, "quantity of " + q.text().length()));
    }

    /** Code points outside printable ASCII as \\u escapes, so a failure shows what the text really held. */
    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        String shown = s.length() > 300 ? s.substring(0, 300) + "…" : s;
        shown.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(3000),
                Arbitraries.strings().withChars(" .!?\n\t\"'’-,;:()ABCabcxyzé\u00A0\u0000\u2028\uD800\uDC00").ofMaxLength(2000));
    }

    @Provide
    Arbitrary<SummaryLength> lengths() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 12).map(SummaryLength.Sentences::new),
                Arbitraries.doubles().between(0.01, 1.0).map(SummaryLength.Ratio::new),
                Arbitraries.integers().between(1, 300).map(SummaryLength.Words::new));
    }

    private static final List<String> NAMES = List.of("The council", "Maria Lopez", "The Harbour Authority", "Police", "Residents",
            "Dr. Chen", "The U.S. embassy", "Westmere", "A spokesman", "The committee");
    private static final List<String> VERBS = List.of("approved", "rejected", "discussed", "announced", "delayed", "said", "reported",
            "questioned", "welcomed", "opened");
    private static final List<String> OBJECTS = List.of("the new budget", "a £2.5 million plan", "the ferry timetable", "17% more funding",
            "the vote on 4 March 2024", "\"a fair and open process\"", "the harbour wall", "plans for 1,200 homes", "the report", "it");
    private static final List<String> ENDS = List.of(".", ".", ".", "!", "?", "", "...", ".\"", ";");

    @Provide
    Arbitrary<String> soups() {
        Arbitrary<String> sentence = Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(VERBS), Arbitraries.of(OBJECTS),
                Arbitraries.of(ENDS), Arbitraries.integers().between(0, 40)).as((who, did, what, end, extra) ->
                who + " " + did + " " + what + (extra > 30 ? " on " + (extra - 30) + " May" : "") + end);
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "\n", "\n\n", "  \n\n", "\r\n");
        Arbitrary<String> piece = Combinators.combine(sentence, separator).as((s, sep) -> s + sep);
        Arbitrary<String> body = piece.list().ofMinSize(1).ofMaxSize(40).map(list -> String.join("", list));
        Arbitrary<String> headline = Arbitraries.of("", "", "Harbour council approves new budget\n\n", "BREAKING\n\n", "Related content\n\n");
        return Combinators.combine(headline, body).as((h, b) -> h + b);
    }
}
