package dev.precis.lookup;

import dev.precis.store.KeyOrder;
import dev.precis.store.ListingIndex;
import dev.precis.store.SummaryItem;
import dev.precis.store.SummaryReader;
import dev.precis.store.SummaryRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The table in memory, for tests of the API and the handler without a DynamoDB server; items as the pipeline writes them. */
public final class InMemorySummaryReader implements SummaryReader {
    private final Map<String, Map<String, AttributeValue>> items = new HashMap<>();
    public int lists;

    public InMemorySummaryReader put(SummaryRecord record) {
        items.put(SummaryItem.pk(record.bucket(), record.key()), SummaryItem.of(record));
        return this;
    }

    @Override
    public Optional<Map<String, AttributeValue>> find(String bucket, String key) {
        return Optional.ofNullable(items.get(SummaryItem.pk(bucket, key)));
    }

    @Override
    public Page list(String bucket, String prefix, String afterKey, int limit) {
        lists++;
        TreeMap<String, Map<String, AttributeValue>> sorted = new TreeMap<>(KeyOrder.UTF8);
        for (Map<String, AttributeValue> item : items.values()) {
            String key = item.get("key").s();
            if (item.get("bucket").s().equals(bucket) && item.containsKey(ListingIndex.SHARD) && key.startsWith(prefix)
                    && (afterKey == null || KeyOrder.compare(key, afterKey) > 0)) {
                sorted.put(key, item);
            }
        }
        List<Map<String, AttributeValue>> page = new ArrayList<>(sorted.values()).subList(0, Math.min(limit, sorted.size()));
        return new Page(page, sorted.size() > limit);
    }
}
