package dev.precis.pipeline;

import dev.precis.store.Sequencer;

/**
 * One S3 notification record, without Lambda types: which object, which version of it, and where
 * the event stands in that key's order.
 *
 * @param eventName for example "ObjectCreated:Put" or "ObjectRemoved:Delete"
 * @param bucket the bucket name
 * @param key the object key, already URL-decoded
 * @param versionId the object version, or null for an unversioned bucket
 * @param eTag the object's ETag, or null (deletions)
 * @param size the object's size in bytes, or null (deletions)
 * @param sequencer the event's order for this key
 */
public record ObjectEvent(String eventName, String bucket, String key, String versionId, String eTag, Long size, Sequencer sequencer) {
    public ObjectEvent {
        if (bucket == null || bucket.isEmpty()) throw new InvalidEventException("record has no bucket name");
        if (key == null || key.isEmpty()) throw new InvalidEventException("record has no object key");
        if (sequencer == null) throw new InvalidEventException("record has no sequencer: it cannot be ordered");
    }
}
