package dev.precis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.engine.DocumentStats;
import dev.precis.engine.SummaryResult;
import dev.precis.facts.KeyFacts;
import dev.precis.lookup.Records;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The listing index's attribute on the items the pipeline writes: present on every live document, absent on tombstones. */
class SummaryItemIndexTest {

    @Test
    void liveDocumentsCarryTheirShard() {
        Map<String, AttributeValue> item = SummaryItem.of(Records.done("docs", "reports/Q3 2025+draft/été.txt", "0A"));
        assertEquals("docs#00", item.get(ListingIndex.SHARD).s());
        assertEquals("reports/Q3 2025+draft/été.txt", item.get(ListingIndex.SORT).s(), "the index sorts on the key attribute itself");
        for (String projected : List.of("bucket", "status", "title", "summary", "processedAt")) assertTrue(item.containsKey(projected), projected);
    }

    @Test
    void skippedAndFailedDocumentsAreListedToo() {
        SummaryRecord skipped = new SummaryRecord("docs", "empty.txt", null, null, 0L, null, Sequencer.parse("0A"), "ObjectCreated:Put",
                Status.SKIPPED, "empty document", null, null, List.of(), null, Records.WHEN);
        assertEquals(ListingIndex.shardValue("docs", "empty.txt"), SummaryItem.of(skipped).get(ListingIndex.SHARD).s());
    }

    @Test
    void tombstonesStayOutOfTheIndex() {
        assertFalse(SummaryItem.of(Records.tombstone("docs", "gone.txt", "0B")).containsKey(ListingIndex.SHARD));
    }

    @Test
    void trimmingNeverCutsTheShard() {
        String key = "k".repeat(1000);
        SummaryResult huge = new SummaryResult("T".repeat(50_000), "en", null, List.of("é".repeat(300_000)), KeyFacts.EMPTY,
                new DocumentStats(1, 1, 1, 0), "precis-test");
        SummaryRecord record = new SummaryRecord("docs", key, null, null, 1L, null, Sequencer.parse("0A"), "ObjectCreated:Put",
                Status.DONE, null, "text", "UTF-8", List.of(), huge, Records.WHEN);
        Map<String, AttributeValue> item = SummaryItem.of(record);
        assertTrue(item.containsKey("notes"), "the item was trimmed");
        assertEquals(ListingIndex.shardValue("docs", key), item.get(ListingIndex.SHARD).s());
    }
}
