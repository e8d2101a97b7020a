package dev.precis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingIndexTest {

    @Test
    void shard_isTheFirstByteOfSha256Mod16_asAnyLanguageComputesIt() {
        // Python: hashlib.sha256(key.encode()).digest()[0] % 16
        assertEquals(10, ListingIndex.shardOf("a"));
        assertEquals(9, ListingIndex.shardOf("incoming/sample-article.txt"));
        assertEquals(0, ListingIndex.shardOf("reports/Q3 2025+draft/été.txt"));
        assertEquals("docs#10", ListingIndex.shardValue("docs", "a"));
        assertEquals("docs#09", ListingIndex.shardValue("docs", "incoming/sample-article.txt"));
        assertEquals("docs#00", ListingIndex.shardValue("docs", "reports/Q3 2025+draft/été.txt"));
    }

    @Test
    void shard_spreadsKeysThatDifferInOneDigit() {
        java.util.Set<Integer> shards = new java.util.HashSet<>();
        for (int i = 0; i < 45; i++) shards.add(ListingIndex.shardOf(String.format("batch/doc-%02d.txt", i)));
        assertTrue(shards.size() >= 12, "45 numbered keys in only " + shards.size() + " shards");
    }

    @Test
    void shard_spreadsSimilarKeysOverAllShards() {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < 1600; i++) counts.merge(ListingIndex.shardOf(String.format("incoming/2025/03/14/report-%05d.txt", i)), 1, Integer::sum);
        assertEquals(ListingIndex.SHARDS, counts.size());
        counts.values().forEach(n -> assertTrue(n > 60 && n < 140, "uneven shards: " + counts));
    }
}
