package dev.precis.store;

import dev.precis.engine.SummaryResult;
import java.time.Instant;
import java.util.List;

/**
 * One document's item before it is written: where it came from, which event, what happened, and
 * the engine's output when there is one. Nullable fields are left out of the item.
 *
 * @param bucket the S3 bucket
 * @param key the decoded object key
 * @param versionId the object version the event names, or null (unversioned bucket)
 * @param eTag the object's ETag from the event, or null
 * @param size the object's size in bytes from the event, or null (deletions)
 * @param contentType the stored Content-Type, or null
 * @param sequencer the event's order for this key
 * @param eventName the S3 event, such as "ObjectCreated:Put"
 * @param status what happened
 * @param reason why the document was skipped or failed, else null
 * @param format what the content was read as ("text", ...), or null
 * @param charset the character set the bytes were decoded with, or null
 * @param notes extraction decisions worth recording
 * @param result the engine's output for {@link Status#DONE}, else null
 * @param processedAt when the function wrote this
 */
public record SummaryRecord(
        String bucket,
        String key,
        String versionId,
        String eTag,
        Long size,
        String contentType,
        Sequencer sequencer,
        String eventName,
        Status status,
        String reason,
        String format,
        String charset,
        List<String> notes,
        SummaryResult result,
        Instant processedAt) {

    public SummaryRecord {
        if (bucket == null || key == null || sequencer == null || status == null || processedAt == null) {
            throw new IllegalArgumentException("bucket, key, sequencer, status and processedAt are required");
        }
        if ((status == Status.DONE) != (result != null)) throw new IllegalArgumentException("a result goes with status DONE, and only with it");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
