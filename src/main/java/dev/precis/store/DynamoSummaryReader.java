package dev.precis.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * {@link SummaryReader} on DynamoDB: {@code GetItem} on the table for one document, and for a
 * listing a {@code Query} on each of the {@link ListingIndex#SHARDS} shards of the bucket (in
 * parallel), merged in {@link KeyOrder} (a k-way merge: every shard is already sorted by key).
 * Resuming after a key starts every shard's query just after that key ({@code ExclusiveStartKey}),
 * whether or not the shard holds it. Thread-safe. SDK failures propagate.
 */
public final class DynamoSummaryReader implements SummaryReader {
    private static final ExecutorService SHARED_POOL = Executors.newFixedThreadPool(ListingIndex.SHARDS, runnable -> {
        Thread thread = new Thread(runnable, "precis-listing");
        thread.setDaemon(true);
        return thread;
    });

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final Executor executor;

    /** Queries the shards on a shared pool of daemon threads. */
    public DynamoSummaryReader(DynamoDbClient dynamo, String tableName) {
        this(dynamo, tableName, SHARED_POOL);
    }

    public DynamoSummaryReader(DynamoDbClient dynamo, String tableName, Executor executor) {
        if (dynamo == null) throw new IllegalArgumentException("dynamo client is required");
        if (tableName == null || tableName.isBlank()) throw new IllegalArgumentException("table name is required");
        if (executor == null) throw new IllegalArgumentException("executor is required");
        this.dynamo = dynamo;
        this.tableName = tableName;
        this.executor = executor;
    }

    @Override
    public Optional<Map<String, AttributeValue>> find(String bucket, String key) {
        GetItemResponse response = dynamo.getItem(b -> b.tableName(tableName)
                .key(Map.of(SummaryItem.PK, AttributeValue.fromS(SummaryItem.pk(bucket, key)))));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    @Override
    public Page list(String bucket, String prefix, String afterKey, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
        if (afterKey != null && !afterKey.startsWith(prefix)) throw new IllegalArgumentException("afterKey must start with prefix");
        List<Shard> shards = new ArrayList<>(ListingIndex.SHARDS);
        for (int s = 0; s < ListingIndex.SHARDS; s++) shards.add(new Shard(bucket, s, prefix, afterKey, limit));
        fetchFirstPages(shards);

        PriorityQueue<Shard> heads = new PriorityQueue<>((a, b) -> KeyOrder.compare(a.headKey(), b.headKey()));
        for (Shard shard : shards) if (shard.head() != null) heads.add(shard);
        List<Map<String, AttributeValue>> items = new ArrayList<>(limit);
        while (items.size() < limit && !heads.isEmpty()) {
            Shard shard = heads.poll();
            items.add(shard.take());
            if (shard.head() != null) heads.add(shard);
        }
        return new Page(items, !heads.isEmpty());
    }

    private void fetchFirstPages(List<Shard> shards) {
        List<CompletableFuture<Void>> fetches = shards.stream().map(s -> CompletableFuture.runAsync(s::fetch, executor)).toList();
        try {
            CompletableFuture.allOf(fetches.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    /**
     * One shard's entries in key order, read a page at a time. Each page asks for one more entry
     * than the listing needs, so the listing knows whether more remain without another round trip.
     */
    private final class Shard {
        private final String shardValue;
        private final String prefix;
        private final int pageSize;
        private final Deque<Map<String, AttributeValue>> buffer = new ArrayDeque<>();
        private Map<String, AttributeValue> startKey;
        private boolean exhausted;

        Shard(String bucket, int shard, String prefix, String afterKey, int limit) {
            this.shardValue = ListingIndex.shardValue(bucket, shard);
            this.prefix = prefix;
            this.pageSize = limit + 1;
            if (afterKey != null) {
                startKey = Map.of(ListingIndex.SHARD, AttributeValue.fromS(shardValue),
                        ListingIndex.SORT, AttributeValue.fromS(afterKey),
                        SummaryItem.PK, AttributeValue.fromS(SummaryItem.pk(bucket, afterKey)));
            }
        }

        void fetch() {
            Map<String, String> names = new HashMap<>(Map.of("#s", ListingIndex.SHARD));
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":s", AttributeValue.fromS(shardValue)));
            String condition = "#s = :s";
            if (!prefix.isEmpty()) {
                // DynamoDB rejects an empty begins_with operand; no prefix means the whole shard
                condition += " AND begins_with(#k, :p)";
                names.put("#k", ListingIndex.SORT);
                values.put(":p", AttributeValue.fromS(prefix));
            }
            QueryRequest.Builder request = QueryRequest.builder().tableName(tableName).indexName(ListingIndex.NAME)
                    .keyConditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values)
                    .limit(pageSize);
            if (startKey != null) request.exclusiveStartKey(startKey);
            QueryResponse response = dynamo.query(request.build());
            buffer.addAll(response.items());
            if (response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()) startKey = response.lastEvaluatedKey();
            else exhausted = true;
        }

        Map<String, AttributeValue> head() {
            while (buffer.isEmpty() && !exhausted) fetch();
            return buffer.peekFirst();
        }

        String headKey() {
            return head().get(ListingIndex.SORT).s();
        }

        Map<String, AttributeValue> take() {
            return buffer.removeFirst();
        }
    }
}
