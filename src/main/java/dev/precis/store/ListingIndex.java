package dev.precis.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The global secondary index that lists a bucket's summaries by key prefix, write-sharded so that
 * one busy bucket is not one hot index partition.
 *
 * <p>Partition key {@value #SHARD} = {@code bucket + "#" + NN}, where {@code NN} is the first byte
 * of {@code SHA-256(UTF-8 bytes of the key)} mod 16, two decimal digits; sort key {@value #SORT} (the
 * object key, an attribute every item already has). A listing queries all {@value #SHARDS} shards
 * and merges them in key order. {@value #SHARDS} is fixed: changing it means rewriting the
 * attribute on every item. Tombstones (status DELETED) carry no {@value #SHARD}, so they are not
 * in the index at all (a sparse index): listings never show deleted documents.
 */
public final class ListingIndex {
    public static final String NAME = "byBucketPrefix";
    /** The index's partition key attribute. */
    public static final String SHARD = "listShard";
    /** The index's sort key attribute: the object key. */
    public static final String SORT = "key";
    /** Shards per bucket: up to 16 index partitions share a bucket's writes. */
    public static final int SHARDS = 16;
    /** Attributes copied into the index besides its keys and the table key: what a listing shows. */
    public static final List<String> PROJECTED = List.of("bucket", "status", "reason", "title", "language", "summary", "processedAt");

    private ListingIndex() {}

    /**
     * The shard of a key, 0 to {@link #SHARDS} - 1: the first byte of SHA-256 of its UTF-8 bytes, mod
     * {@link #SHARDS}. A cryptographic hash, because keys that differ in a digit or two (doc-01,
     * doc-02, ...) must still spread: CRC32, being linear, put 45 such keys in 9 of 16 shards.
     */
    public static int shardOf(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Byte.toUnsignedInt(digest[0]) % SHARDS;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The value of {@value #SHARD} for one shard of a bucket. Bucket names cannot contain "#". */
    public static String shardValue(String bucket, int shard) {
        return bucket + "#" + (shard < 10 ? "0" : "") + shard;
    }

    /** The value of {@value #SHARD} for a document. */
    public static String shardValue(String bucket, String key) {
        return shardValue(bucket, shardOf(key));
    }
}
