package dev.precis.lambda;

import java.util.List;

/**
 * An S3 notification with the fields the handler uses, read by {@link S3NotificationReader}:
 * no Lambda event model, so no Joda-Time and no reflection at the first event.
 *
 * @param records the records in the order S3 sent them; empty when the event has none
 */
public record S3Notification(List<Entry> records) {
    public S3Notification {
        records = List.copyOf(records);
    }

    /**
     * One record as sent, every field null when absent or JSON null. Checked and decoded per
     * record, by {@link S3EventHandler#toObjectEvent}, so that one bad record does not stop the others.
     *
     * @param eventName for example "ObjectCreated:Put"; "" when absent
     * @param bucket the bucket name
     * @param encodedKey the object key as S3 sends it: URL-encoded, "+" for a space
     * @param versionId the object version
     * @param eTag the object's ETag
     * @param size the object's size in bytes
     * @param sequencer the event's order for this key, in S3's hexadecimal form
     */
    public record Entry(String eventName, String bucket, String encodedKey, String versionId, String eTag,
            Long size, String sequencer) {}
}
