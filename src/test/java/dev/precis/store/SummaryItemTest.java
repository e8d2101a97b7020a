package dev.precis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.engine.DocumentStats;
import dev.precis.engine.SummaryResult;
import dev.precis.facts.KeyFacts;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class SummaryItemTest {
    private static final Instant NOW = Instant.parse("2025-03-14T09:30:13Z");

    private static SummaryRecord done(SummaryResult result) {
        return new SummaryRecord("docs", "a/b c.txt", null, "etag", 120L, "text/plain", Sequencer.parse("0055AED6DCD90281E5"),
                "ObjectCreated:Put", Status.DONE, null, "text", "UTF-8", List.of(), result, NOW);
    }

    private static SummaryResult result(List<String> summary, List<KeyFacts.Quote> quotes) {
        KeyFacts facts = new KeyFacts(List.of(new KeyFacts.Entity("Maria Okafor", "PERSON", 2)), List.of(new KeyFacts.DateMention("14 March 2025", "2025-03-14")),
                List.of(new KeyFacts.Quantity("31 million euros", "MONEY")), quotes, List.of("tidal energy"));
        return new SummaryResult("Title", "en", null, summary, facts, new DocumentStats(100, 20, 2, 0.1), "precis-test");
    }

    @Test
    void of_mapsTheEngineOutputToNestedAttributes() {
        Map<String, AttributeValue> item = SummaryItem.of(done(result(List.of("One.", "Two."), List.of(new KeyFacts.Quote("We did it.", null)))));
        assertEquals("docs/a/b c.txt", item.get("pk").s());
        assertEquals("0055AED6DCD90281E500000000000000", item.get("sequencer").s());
        assertEquals("0055AED6DCD90281E5", item.get("s3Sequencer").s());
        assertEquals("DONE", item.get("status").s());
        assertEquals("120", item.get("size").n());
        assertEquals(List.of("One.", "Two."), item.get("summary").l().stream().map(AttributeValue::s).toList());
        Map<String, AttributeValue> entity = item.get("keyFacts").m().get("entities").l().get(0).m();
        assertEquals("PERSON", entity.get("type").s());
        assertEquals("2", entity.get("mentions").n());
        assertFalse(item.get("keyFacts").m().get("quotes").l().get(0).m().containsKey("speaker"), "null values are left out");
        assertEquals("0.1", item.get("stats").m().get("readingMinutes").n());
        assertEquals(NOW.toString(), item.get("processedAt").s());
        assertNull(item.get("reason"));
        assertNull(item.get("notes"), "no notes, no attribute");
    }

    @Test
    void of_tombstoneHasNoSummary() {
        Map<String, AttributeValue> item = SummaryItem.of(new SummaryRecord("docs", "k", null, null, null, null, Sequencer.parse("0A"),
                "ObjectRemoved:Delete", Status.DELETED, null, null, null, List.of(), null, NOW));
        assertEquals("DELETED", item.get("status").s());
        assertEquals("0A000000000000000000000000000000", item.get("sequencer").s());
        assertFalse(item.containsKey("summary"));
        assertFalse(item.containsKey("keyFacts"));
    }

    @Test
    void fit_leavesAnOrdinaryItemAlone() {
        Map<String, AttributeValue> item = SummaryItem.of(done(result(List.of("One."), List.of())));
        assertSame(item, SummaryItem.fit(item));
    }

    @Test
    void of_dropsQuotesFirstWhenTheyAloneBreakTheLimit() {
        String longQuote = "word ".repeat(20_000);
        List<KeyFacts.Quote> quotes = Collections.nCopies(5, new KeyFacts.Quote(longQuote, "X"));
        Map<String, AttributeValue> item = SummaryItem.of(done(result(List.of("One.", "Two."), quotes)));
        assertTrue(ItemSize.of(item) <= SummaryItem.BUDGET);
        assertFalse(item.get("keyFacts").m().containsKey("quotes"));
        assertEquals(2, item.get("summary").l().size(), "the summary stays whole when dropping quotes was enough");
        assertTrue(item.get("notes").l().get(0).s().contains("quotes"));
    }

    @Test
    void of_keepsAnyInputUnderTheItemLimit() {
        String hugeSentence = "é".repeat(300_000); // 600 KB of UTF-8
        SummaryResult huge = new SummaryResult("T".repeat(50_000), "en", null, List.of(hugeSentence, hugeSentence, "Short."),
                KeyFacts.EMPTY, new DocumentStats(1, 1, 1, 0), "precis-test");
        Map<String, AttributeValue> item = SummaryItem.of(done(huge));
        assertTrue(ItemSize.of(item) < ItemSize.LIMIT, "item size " + ItemSize.of(item));
        assertEquals(1, item.get("summary").l().size());
        assertTrue(item.get("summary").l().get(0).s().length() <= SummaryItem.LONG_STRING_CHARS + 1);
        assertEquals("docs/a/b c.txt", item.get("pk").s(), "the key is never cut");
        assertTrue(item.get("notes").l().get(0).s().startsWith("trimmed to fit the 400 KB item limit"));
    }

    @Test
    void itemSize_countsUtf8BytesOfNamesAndValues() {
        assertEquals(1 + 2, ItemSize.of(Map.of("a", AttributeValue.fromS("é"))));
        assertEquals(1 + 3 + 2 * (1 + 1), ItemSize.of(Map.of("l", AttributeValue.fromL(List.of(AttributeValue.fromS("x"), AttributeValue.fromS("y"))))));
    }
}
