package dev.precis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.local.TestServers;
import dev.precis.lookup.Records;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The sharded listing index against a real DynamoDB API (dynalite): what the pipeline writes is listed, merged in key order. */
class DynamoSummaryReaderIT {
    private static final String TABLE = "precis-reader-it";
    private static SummaryStore store;
    private static DynamoSummaryReader reader;

    @BeforeAll
    static void createTable() {
        DynamoDbClient dynamo = TestServers.get().dynamoDbClient();
        TableDefinition.create(dynamo, TABLE);
        store = new SummaryStore(dynamo, TABLE);
        reader = new DynamoSummaryReader(dynamo, TABLE);
    }

    private static List<String> allKeys(String bucket, String prefix, int limit) {
        List<String> keys = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 1000; pages++) {
            SummaryReader.Page page = reader.list(bucket, prefix, after, limit);
            assertTrue(page.items().size() <= limit);
            page.items().forEach(i -> keys.add(i.get("key").s()));
            if (!page.more()) return keys;
            assertEquals(limit, page.items().size(), "a page with more after it is full");
            after = keys.get(keys.size() - 1);
        }
        throw new AssertionError("no end of the listing");
    }

    @Test
    void list_mergesAllShardsInKeyOrder_everyKeyOnce() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            String key = String.format("batch/doc-%02d.txt", i);
            expected.add(key);
            store.put(Records.done("merge-bucket", key, "0A"));
        }
        store.put(Records.done("merge-bucket", "other/x.txt", "0A"));
        store.put(Records.done("merge-bucket-2", "batch/doc-99.txt", "0A"));
        Set<Integer> shards = new HashSet<>();
        expected.forEach(k -> shards.add(ListingIndex.shardOf(k)));
        assertTrue(shards.size() >= 10, "the keys spread over the shards: " + shards);

        assertEquals(expected, allKeys("merge-bucket", "batch/", 10));
        assertEquals(expected, allKeys("merge-bucket", "batch/", 1));
        assertEquals(expected, allKeys("merge-bucket", "batch/", 100));
        assertEquals(46, allKeys("merge-bucket", "", 7).size(), "no prefix: the whole bucket, and only it");
    }

    @Test
    void list_ordersNonAsciiKeysAsDynamoDbDoes_utf8Bytes() {
        List<String> keys = List.of("u/a", "u/b", "u/é", "u/\uE000", "u/\uD83C\uDF0A", "u/\uD83C\uDF0A+1");
        for (String key : keys) store.put(Records.done("utf8-bucket", key, "0A"));
        assertEquals(keys, allKeys("utf8-bucket", "u/", 2));
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(KeyOrder.UTF8);
        assertEquals(keys, sorted);
    }

    @Test
    void list_leavesTombstonesOut_andProjectsWhatAListingShows() {
        store.put(Records.done("tomb-bucket", "t/kept.txt", "0A"));
        store.put(Records.done("tomb-bucket", "t/deleted.txt", "0A"));
        store.put(Records.tombstone("tomb-bucket", "t/deleted.txt", "0B"));
        SummaryReader.Page page = reader.list("tomb-bucket", "t/", null, 10);
        assertEquals(1, page.items().size());
        assertFalse(page.more());
        Map<String, AttributeValue> entry = page.items().get(0);
        assertEquals("t/kept.txt", entry.get("key").s());
        assertEquals("Tidal plant opens", entry.get("title").s());
        assertEquals("DONE", entry.get("status").s());
        assertFalse(entry.containsKey("keyFacts"), "key facts are not projected");
        assertEquals("DELETED", reader.find("tomb-bucket", "t/deleted.txt").orElseThrow().get("status").s(), "GetItem still sees it");
    }

    @Test
    void list_resumesAfterAKeyThatNoLongerExists() {
        for (String key : List.of("r/a", "r/b", "r/c", "r/d")) store.put(Records.done("resume-bucket", key, "0A"));
        store.put(Records.tombstone("resume-bucket", "r/b", "0B"));
        List<String> keys = new ArrayList<>();
        reader.list("resume-bucket", "r/", "r/b", 10).items().forEach(i -> keys.add(i.get("key").s()));
        assertEquals(List.of("r/c", "r/d"), keys);
    }
}
