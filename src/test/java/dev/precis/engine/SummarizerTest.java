package dev.precis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.SharedData;
import dev.precis.facts.KeyFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummarizerTest {
    private static Summarizer summarizer;

    private static final String ARTICLE = String.join("\n\n",
            "Harbour town opens its first tidal power station",
            "The town of Westmere opened a tidal power station on Friday, the first of its kind on the coast.",
            "The station's four turbines will supply about a third of the town's electricity, the council said.",
            "Engineers spent two years testing the turbines in the harbour before the council approved the project.",
            "Local fishermen had worried that the turbines would harm fish stocks, but early surveys found no effect.",
            "The council plans to add two more turbines next year if the first winter goes well.",
            "Tickets for guided tours of the station go on sale next month.");

    @BeforeAll
    static void load() {
        summarizer = Summarizer.load();
    }

    @Test
    void summarize_returnsVerbatimSentencesInDocumentOrder() {
        SummaryResult result = summarizer.summarize(ARTICLE, null, new SummaryLength.Sentences(3));
        assertEquals(3, result.summary().size());
        int last = -1;
        for (String sentence : result.summary()) {
            int at = ARTICLE.indexOf(sentence);
            assertTrue(at > last, () -> "not verbatim or out of order: " + sentence);
            last = at;
        }
        assertEquals("Harbour town opens its first tidal power station", result.title());
        assertEquals("en", result.language());
        assertNull(result.languageNote());
    }

    @Test
    void summarize_isDeterministic() {
        SummaryResult first = summarizer.summarize(ARTICLE, null, SummaryLength.DEFAULT);
        for (int i = 0; i < 5; i++) assertEquals(first, summarizer.summarize(ARTICLE, null, SummaryLength.DEFAULT));
    }

    @Test
    void summarize_honoursRatioAndWordBudget() {
        assertEquals(3, summarizer.summarize(ARTICLE, null, new SummaryLength.Ratio(0.5)).summary().size());
        SummaryResult byWords = summarizer.summarize(ARTICLE, null, new SummaryLength.Words(40));
        int words = byWords.summary().stream().mapToInt(s -> s.split("\\s+").length).sum();
        assertTrue(words <= 40 && !byWords.summary().isEmpty(), () -> "words: " + words);
    }

    @Test
    void summarize_neverReturnsTheHeadlineAsASummarySentence() {
        SummaryResult result = summarizer.summarize(ARTICLE, null, new SummaryLength.Sentences(10));
        assertFalse(result.summary().contains("Harbour town opens its first tidal power station"));
        assertEquals(6, result.summary().size());
    }

    @Test
    void summarize_countsWordsAndSentences() {
        SummaryResult result = summarizer.summarize("One two three. Four five six seven.", null, SummaryLength.DEFAULT);
        assertEquals(7, result.stats().words());
        assertEquals(2, result.stats().sentences());
    }

    @ParameterizedTest(name = "rejects blank input {0}")
    @ValueSource(strings = {"", "   ", "\n\n\t"})
    void summarize_rejectsBlankInput(String text) {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> summarizer.summarize(text, null, SummaryLength.DEFAULT));
        assertEquals("empty document", e.reason());
    }

    @ParameterizedTest(name = "one line: {0}")
    @ValueSource(strings = {"The council approved the new budget!", "Will the council approve the new budget?", "Meeting moved to Friday"})
    void summarize_aDocumentOfOneHeadlineShapedLineIsItsOwnSummary(String line) {
        SummaryResult result = summarizer.summarize(line, null, SummaryLength.DEFAULT);
        assertEquals(List.of(line), result.summary());
    }

    @Test
    void summarize_rejectsFurnitureOnly() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> summarizer.summarize("Related content\n\n© example.com\n\n·", null, SummaryLength.DEFAULT));
        assertEquals("no sentences found", e.reason());
    }

    @Test
    void summarize_flagsNonEnglishText() {
        String german = "Die Stadt hat am Freitag ein neues Gezeitenkraftwerk eröffnet. Es ist das erste seiner Art an der Küste. "
                + "Die vier Turbinen sollen etwa ein Drittel des Stroms der Stadt liefern, teilte der Gemeinderat mit.";
        SummaryResult result = summarizer.summarize(german, null, SummaryLength.DEFAULT);
        assertEquals("de", result.language());
        assertTrue(result.languageNote().startsWith("not English"));
    }

    @Test
    void summarize_sampleUpload_titleAndBodyOnlySummary() throws IOException {
        String text = Files.readString(SharedData.require("samples/news-gaza-2023.txt"));
        SummaryResult result = summarizer.summarize(text, null, SummaryLength.DEFAULT);
        assertEquals("Biden warns against Israeli reoccupation of Gaza, National Security Council says", result.title());
        assertEquals(3, result.summary().size());
        List<String> noise = List.of("Images source", "Getty", "ed. RAM", "6:36 AM", "Related content", "essanews", "Downloading, reproduction",
                "President of the USA Joe Biden", "NewsBiden", "Israeli conflict: Biden's request");
        for (String sentence : result.summary()) {
            for (String n : noise) assertFalse(sentence.contains(n), () -> "noise '" + n + "' in summary sentence: " + sentence);
            assertTrue(sentence.length() < 370, () -> "headline glued onto a sentence: " + sentence);
        }
        assertTrue(result.summary().get(0).startsWith("US President Joe Biden revealed on Tuesday"), () -> result.summary().toString());
    }

    @Test
    void summarize_sampleUpload_keyFactsThroughTheWholePipeline() throws IOException {
        String text = Files.readString(SharedData.require("samples/news-gaza-2023.txt"));
        KeyFacts facts = summarizer.summarize(text, null, SummaryLength.DEFAULT).keyFacts();
        java.util.Map<String, String> types = new java.util.HashMap<>();
        facts.entities().forEach(e -> types.put(e.text(), e.type()));
        for (String person : List.of("Joe Biden", "Benjamin Netanyahu", "Kamala Harris", "Isaac Herzog", "John Kirby", "Antony Blinken")) {
            assertEquals("PERSON", types.get(person), () -> person + " in " + types);
        }
        for (String org : List.of("National Security Council", "White House", "ABC News", "Hamas")) {
            assertEquals("ORGANIZATION", types.get(org), () -> org + " in " + types);
        }
        assertEquals("LOCATION", types.get("Gaza Strip"));
        assertEquals("LOCATION", types.get("Israel"));
        assertFalse(types.containsKey("Chip Somodevilla"), "photographer from the credit line");
        assertFalse(types.keySet().stream().anyMatch(t -> t.contains("Wirtualna")), "company from the legal notice");
        List<String> dates = facts.dates().stream().map(KeyFacts.DateMention::value).toList();
        assertTrue(dates.containsAll(List.of("2023-11-08", "2023-11-07", "2023-11-06")), dates::toString);
        java.util.Map<String, String> speakers = new java.util.HashMap<>();
        facts.quotes().forEach(q -> speakers.put(q.text().substring(0, Math.min(20, q.text().length())), q.speaker()));
        assertEquals("John Kirby", speakers.get("President Joe Biden "));
        assertEquals("John Kirby", speakers.get("We are currently eng"));
        assertEquals("Benjamin Netanyahu", speakers.get("indefinitely assume "));
        assertEquals("White House", speakers.get("tactical pause"));
    }
}
