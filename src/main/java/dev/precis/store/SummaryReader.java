package dev.precis.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The read side of the summaries table, as the lookup API uses it. */
public interface SummaryReader {

    /** The whole item of a document, tombstones included, or empty when the table has none. */
    Optional<Map<String, AttributeValue>> find(String bucket, String key);

    /**
     * Up to {@code limit} index entries of a bucket whose keys start with {@code prefix} and come
     * after {@code afterKey}, in key order ({@link KeyOrder}); tombstones are not listed.
     *
     * @param prefix "" for all keys
     * @param afterKey null for the first page, else the last key of the previous page (it starts with prefix)
     */
    Page list(String bucket, String prefix, String afterKey, int limit);

    /**
     * @param items the projected index entries ({@link ListingIndex#PROJECTED} plus the keys)
     * @param more whether entries remain after the last one
     */
    record Page(List<Map<String, AttributeValue>> items, boolean more) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
