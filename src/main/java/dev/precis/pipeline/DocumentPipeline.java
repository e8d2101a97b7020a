package dev.precis.pipeline;

import dev.precis.engine.InvalidDocumentException;
import dev.precis.engine.MalformedDocumentException;
import dev.precis.engine.SummaryLength;
import dev.precis.engine.SummaryResult;
import dev.precis.engine.Summarizer;
import dev.precis.extract.ExtractedText;
import dev.precis.extract.TextExtractor;
import dev.precis.log.JsonLog;
import dev.precis.store.Status;
import dev.precis.store.SummaryRecord;
import dev.precis.store.SummaryStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * One document from event to stored item: read the object (bounded), extract its text, summarize,
 * store, ordered by the event's sequencer. No Lambda types: the handler, the CLI and the tests
 * drive it alike. Thread-safe.
 *
 * <p>Bad input never throws: an empty, binary, undecodable, oversized or vanished object is stored
 * with a status and a reason. What throws is worth a retry or needs a person: S3 or DynamoDB
 * unreachable, throttled or failing, or a table that refuses the write.
 */
public final class DocumentPipeline implements DocumentProcessor {
    private final ObjectReader reader;
    private final TextExtractor extractor;
    private final Summarizer summarizer;
    private final SummaryStore store;
    private final long maxObjectBytes;
    private final SummaryLength length;
    private final Clock clock;
    private final JsonLog log;

    public DocumentPipeline(ObjectReader reader, TextExtractor extractor, Summarizer summarizer, SummaryStore store,
                            long maxObjectBytes, SummaryLength length, Clock clock, JsonLog log) {
        this.reader = reader;
        this.extractor = extractor;
        this.summarizer = summarizer;
        this.store = store;
        this.maxObjectBytes = maxObjectBytes;
        this.length = length;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public Outcome created(ObjectEvent event, Deadline deadline) {
        Trace trace = new Trace(deadline);
        if (isStale(event)) return stale(event);
        trace.checked();

        Long declared = event.size();
        if (declared != null && declared > maxObjectBytes) return store(event, Status.SKIPPED, tooLarge(), null, null, null, trace);
        deadline.check("read");
        ObjectReader.Read read;
        try {
            read = reader.read(event.bucket(), event.key(), event.versionId(), maxObjectBytes);
        } catch (SdkException e) {
            if (Retryable.isRetryable(e)) throw e;
            return store(event, Status.FAILED, "could not read the object: " + describe(e), null, null, null, trace);
        }
        trace.read();
        if (read instanceof ObjectReader.Missing) return store(event, Status.SKIPPED, "object no longer exists", null, null, null, trace);
        if (read instanceof ObjectReader.TooLarge) return store(event, Status.SKIPPED, tooLarge(), null, null, null, trace);
        ObjectReader.Content content = (ObjectReader.Content) read;
        trace.readBytes = content.bytes().length;

        ExtractedText text = null;
        SummaryResult result = null;
        Status status = Status.DONE;
        String reason = null;
        try {
            text = extractor.extract(content.bytes(), content.contentType(), event.key());
            result = summarizer.summarize(text.text(), text.title(), length);
        } catch (InvalidDocumentException e) {
            status = Status.SKIPPED;
            reason = e.reason();
        } catch (MalformedDocumentException e) {
            status = Status.FAILED;
            reason = e.reason();
        } catch (RuntimeException e) {
            // An engine bug: retrying the same bytes would fail the same way, so it is stored, not retried.
            log.error("summarizer error", "bucket", event.bucket(), "key", event.key(), "error", e.getClass().getName());
            status = Status.FAILED;
            reason = "summarizer error (" + e.getClass().getSimpleName() + ")";
        }
        trace.summarized();
        return store(event, status, reason, content, text, result, trace);
    }

    @Override
    public Outcome removed(ObjectEvent event, Deadline deadline) {
        Trace trace = new Trace(deadline);
        SummaryRecord tombstone = new SummaryRecord(event.bucket(), event.key(), event.versionId(), null, null, null,
                event.sequencer(), event.eventName(), Status.DELETED, null, null, null, List.of(), null, clock.instant());
        deadline.check("write");
        SummaryStore.Write write = store.put(tombstone);
        trace.stored();
        return written(event, write, Status.DELETED, null, null, trace);
    }

    private boolean isStale(ObjectEvent event) {
        Optional<String> stored = store.storedSequencer(event.bucket(), event.key());
        return stored.isPresent() && stored.get().compareTo(event.sequencer().sortKey()) >= 0;
    }

    private Outcome stale(ObjectEvent event) {
        log.info("stale or duplicate event: skipped", "bucket", event.bucket(), "key", event.key(),
                "event", event.eventName(), "sequencer", event.sequencer().raw(), "outcome", "STALE");
        return Outcome.stale();
    }

    private Outcome store(ObjectEvent event, Status status, String reason, ObjectReader.Content content, ExtractedText text,
                          SummaryResult result, Trace trace) {
        SummaryRecord record = new SummaryRecord(event.bucket(), event.key(), event.versionId(), event.eTag(), event.size(),
                content == null ? null : content.contentType(), event.sequencer(), event.eventName(), status, reason,
                text == null ? null : text.format(), text == null ? null : text.charset(),
                text == null ? List.of() : text.notes(), result, clock.instant());
        trace.deadline.check("write"); // a document that took too long is retried, never half-written at the kill
        SummaryStore.Write write = store.put(record);
        trace.stored();
        return written(event, write, status, reason, result, trace);
    }

    private Outcome written(ObjectEvent event, SummaryStore.Write write, Status status, String reason, SummaryResult result, Trace trace) {
        if (write == SummaryStore.Write.STALE) {
            log.info("stale or duplicate event: a newer write was there first", "bucket", event.bucket(), "key", event.key(),
                    "event", event.eventName(), "sequencer", event.sequencer().raw(), "outcome", "STALE");
            return Outcome.stale();
        }
        log.info("document stored", "bucket", event.bucket(), "key", event.key(), "event", event.eventName(),
                "objectBytes", event.size(), "readBytes", trace.readBytes, "status", status, "reason", reason,
                "summarySentences", result == null ? null : result.summary().size(), "timingsMs", trace.millis(), "outcome", "STORED");
        return Outcome.stored(status, reason);
    }

    private String tooLarge() {
        return "object larger than " + maxObjectBytes + " bytes";
    }

    private static String describe(SdkException e) {
        if (e instanceof software.amazon.awssdk.awscore.exception.AwsServiceException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode() + " (" + service.statusCode() + ")";
        }
        return e.getClass().getSimpleName();
    }

    /** Step timings and sizes of one document, for its log line; steps not taken are left out. */
    private static final class Trace {
        private final Deadline deadline;
        private final long start = System.nanoTime();
        private long last = start;
        private Long checkMs;
        private Long readMs;
        private Long summarizeMs;
        private Long storeMs;
        private Integer readBytes;

        Trace(Deadline deadline) {
            this.deadline = deadline;
        }

        void checked() {
            checkMs = lap();
        }

        void read() {
            readMs = lap();
        }

        void summarized() {
            summarizeMs = lap();
        }

        void stored() {
            storeMs = lap();
        }

        private long lap() {
            long now = System.nanoTime();
            long ms = (now - last) / 1_000_000;
            last = now;
            return ms;
        }

        Map<String, Object> millis() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", checkMs);
            m.put("read", readMs);
            m.put("summarize", summarizeMs);
            m.put("store", storeMs);
            m.put("total", (System.nanoTime() - start) / 1_000_000);
            return m;
        }
    }
}
