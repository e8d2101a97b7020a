package dev.precis.store;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The summaries table: one item per document, key {@code pk = bucket + "/" + key}. Every write is
 * conditional on the event's sequencer ({@code attribute_not_exists(pk) OR sequencer < :seq}), so
 * a late or repeated event never replaces what a newer one wrote, and a tombstone keeps a deleted
 * document deleted. Thread-safe. SDK failures propagate (the caller decides about retries).
 *
 * <p>Expressions name attributes only through ExpressionAttributeNames: {@code bucket}, {@code key}
 * and {@code status} are DynamoDB reserved words.
 */
public final class SummaryStore {
    static final String CONDITION = "attribute_not_exists(#pk) OR #seq < :seq";

    private final DynamoDbClient dynamo;
    private final String tableName;

    public SummaryStore(DynamoDbClient dynamo, String tableName) {
        if (dynamo == null) throw new IllegalArgumentException("dynamo client is required");
        if (tableName == null || tableName.isBlank()) throw new IllegalArgumentException("table name is required");
        this.dynamo = dynamo;
        this.tableName = tableName;
    }

    /** Whether the write happened or lost to a newer (or the same) event. */
    public enum Write { WRITTEN, STALE }

    /**
     * Writes the item unless the table already holds one written by the same or a later event.
     * A tombstone is a record with status {@link Status#DELETED} and no result.
     */
    public Write put(SummaryRecord record) {
        try {
            dynamo.putItem(b -> b.tableName(tableName)
                    .item(SummaryItem.of(record))
                    .conditionExpression(CONDITION)
                    .expressionAttributeNames(Map.of("#pk", SummaryItem.PK, "#seq", SummaryItem.SEQUENCER))
                    .expressionAttributeValues(Map.of(":seq", AttributeValue.fromS(record.sequencer().sortKey()))));
            return Write.WRITTEN;
        } catch (ConditionalCheckFailedException e) {
            return Write.STALE;
        }
    }

    /** The sequencer of the stored item (strongly consistent read), to skip work for stale events early. */
    public Optional<String> storedSequencer(String bucket, String key) {
        GetItemResponse response = dynamo.getItem(b -> b.tableName(tableName)
                .key(Map.of(SummaryItem.PK, AttributeValue.fromS(SummaryItem.pk(bucket, key))))
                .projectionExpression("#seq")
                .expressionAttributeNames(Map.of("#seq", SummaryItem.SEQUENCER))
                .consistentRead(true));
        AttributeValue seq = response.hasItem() ? response.item().get(SummaryItem.SEQUENCER) : null;
        return Optional.ofNullable(seq).map(AttributeValue::s);
    }

    /** The whole item, or empty. */
    public Optional<Map<String, AttributeValue>> get(String bucket, String key) {
        GetItemResponse response = dynamo.getItem(b -> b.tableName(tableName)
                .key(Map.of(SummaryItem.PK, AttributeValue.fromS(SummaryItem.pk(bucket, key))))
                .consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    public String tableName() {
        return tableName;
    }
}
