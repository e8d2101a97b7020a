package dev.precis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.precis.engine.DocumentStats;
import dev.precis.engine.SummaryResult;
import dev.precis.facts.KeyFacts;
import dev.precis.local.TestServers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The conditional writes against a real DynamoDB API (dynalite): S3's order per key, whatever arrives when. */
class SummaryStoreIT {
    private static final String TABLE = "precis-store-it";
    private static SummaryStore store;

    @BeforeAll
    static void createTable() {
        DynamoDbClient dynamo = TestServers.get().dynamoDbClient();
        TableDefinition.create(dynamo, TABLE);
        store = new SummaryStore(dynamo, TABLE);
    }

    private static SummaryRecord done(String key, String sequencer, String summary) {
        SummaryResult result = new SummaryResult("T", "en", null, List.of(summary), KeyFacts.EMPTY, new DocumentStats(1, 1, 1, 0), "v");
        return new SummaryRecord("b", key, null, "e", 1L, "text/plain", Sequencer.parse(sequencer), "ObjectCreated:Put",
                Status.DONE, null, "text", "UTF-8", List.of(), result, Instant.now());
    }

    private static SummaryRecord tombstone(String key, String sequencer) {
        return new SummaryRecord("b", key, null, null, null, null, Sequencer.parse(sequencer), "ObjectRemoved:Delete",
                Status.DELETED, null, null, null, List.of(), null, Instant.now());
    }

    private static Map<String, AttributeValue> item(String key) {
        return store.get("b", key).orElseThrow();
    }

    @Test
    void put_newerEventReplacesOlder() {
        String key = UUID.randomUUID().toString();
        assertEquals(SummaryStore.Write.WRITTEN, store.put(done(key, "0055AED6DCD90281E5", "first")));
        assertEquals(SummaryStore.Write.WRITTEN, store.put(done(key, "0055AED6DCD90281E6", "second")));
        assertEquals("second", item(key).get("summary").l().get(0).s());
    }

    @Test
    void put_olderEventArrivingLateIsStale() {
        String key = UUID.randomUUID().toString();
        store.put(done(key, "0055AED6DCD90281F", "newer"));
        assertEquals(SummaryStore.Write.STALE, store.put(done(key, "0055AED6DCD90281E5", "older")));
        assertEquals("newer", item(key).get("summary").l().get(0).s());
    }

    @Test
    void put_sameSequencerIsANoOpEvenWhenWrittenDifferently() {
        String key = UUID.randomUUID().toString();
        store.put(done(key, "0055AED6DCD90281E500", "original"));
        // equal under S3's rule: trailing zeros and case do not make an event newer
        assertEquals(SummaryStore.Write.STALE, store.put(done(key, "0055aed6dcd90281e5", "replayed")));
        assertEquals("original", item(key).get("summary").l().get(0).s());
    }

    @Test
    void tombstone_keepsADeletedDocumentDeleted() {
        String key = UUID.randomUUID().toString();
        store.put(done(key, "0A", "alive"));
        assertEquals(SummaryStore.Write.WRITTEN, store.put(tombstone(key, "0B")));
        assertEquals(SummaryStore.Write.STALE, store.put(done(key, "0A", "alive again")));
        Map<String, AttributeValue> item = item(key);
        assertEquals("DELETED", item.get("status").s());
        assertFalse(item.containsKey("summary"));
        assertEquals(Sequencer.parse("0B").sortKey(), item.get("sequencer").s());
        assertEquals(Sequencer.parse("0B").sortKey(), store.storedSequencer("b", key).orElseThrow());
    }

    @Test
    void tombstone_thenReUploadBringsTheDocumentBack() {
        String key = UUID.randomUUID().toString();
        store.put(tombstone(key, "0B"));
        assertEquals(SummaryStore.Write.WRITTEN, store.put(done(key, "0C", "uploaded again")));
        assertEquals("DONE", item(key).get("status").s());
    }
}
