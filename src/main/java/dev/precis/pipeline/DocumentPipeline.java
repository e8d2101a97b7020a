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
import java.util.List;
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
    public Outcome created(ObjectEvent event) {
        long start = System.nanoTime();
        if (isStale(event)) return stale(event);

        Long declared = event.size();
        if (declared != null && declared > maxObjectBytes) {
            return store(event, Status.SKIPPED, tooLarge(), null, null, null, start, Timings.none());
        }
        long readStart = System.nanoTime();
        ObjectReader.Read read;
        try {
            read = reader.read(event.bucket(), event.key(), event.versionId(), maxObjectBytes);
        } catch (SdkException e) {
            if (Retryable.isRetryable(e)) throw e;
            return store(event, Status.FAILED, "could not read the object: " + describe(e), null, null, null, start, Timings.none());
        }
        long readMs = millisSince(readStart);
        if (read instanceof ObjectReader.Missing) {
            return store(event, Status.SKIPPED, "object no longer exists", null, null, null, start, new Timings(readMs, 0, null));
        }
        if (read instanceof ObjectReader.TooLarge) {
            return store(event, Status.SKIPPED, tooLarge(), null, null, null, start, new Timings(readMs, 0, null));
        }
        ObjectReader.Content content = (ObjectReader.Content) read;

        long summarizeStart = System.nanoTime();
        ExtractedText text = null;
        try {
            text = extractor.extract(content.bytes(), content.contentType(), event.key());
            SummaryResult result = summarizer.summarize(text.text(), text.title(), length);
            return store(event, Status.DONE, null, content, text, result, start,
                    new Timings(readMs, millisSince(summarizeStart), content.bytes().length));
        } catch (InvalidDocumentException e) {
            return store(event, Status.SKIPPED, e.reason(), content, text, null, start,
                    new Timings(readMs, millisSince(summarizeStart), content.bytes().length));
        } catch (MalformedDocumentException e) {
            return store(event, Status.FAILED, e.reason(), content, text, null, start,
                    new Timings(readMs, millisSince(summarizeStart), content.bytes().length));
        } catch (RuntimeException e) {
            // An engine bug: retrying the same bytes would fail the same way, so it is stored, not retried.
            log.error("summarizer error", "bucket", event.bucket(), "key", event.key(), "error", e.getClass().getName());
            return store(event, Status.FAILED, "summarizer error (" + e.getClass().getSimpleName() + ")", content, text, null, start,
                    new Timings(readMs, millisSince(summarizeStart), content.bytes().length));
        }
    }

    @Override
    public Outcome removed(ObjectEvent event) {
        long start = System.nanoTime();
        SummaryRecord tombstone = new SummaryRecord(event.bucket(), event.key(), event.versionId(), null, null, null,
                event.sequencer(), event.eventName(), Status.DELETED, null, null, null, List.of(), null, clock.instant());
        return written(event, store.put(tombstone), Status.DELETED, null, start, Timings.none());
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
                          SummaryResult result, long start, Timings timings) {
        SummaryRecord record = new SummaryRecord(event.bucket(), event.key(), event.versionId(), event.eTag(), event.size(),
                content == null ? null : content.contentType(), event.sequencer(), event.eventName(), status, reason,
                text == null ? null : text.format(), text == null ? null : text.charset(),
                text == null ? List.of() : text.notes(), result, clock.instant());
        long storeStart = System.nanoTime();
        SummaryStore.Write write = store.put(record);
        return written(event, write, status, reason, start, timings.withStore(millisSince(storeStart), result));
    }

    private Outcome written(ObjectEvent event, SummaryStore.Write write, Status status, String reason, long start, Timings timings) {
        if (write == SummaryStore.Write.STALE) {
            log.info("stale or duplicate event: a newer write was there first", "bucket", event.bucket(), "key", event.key(),
                    "event", event.eventName(), "sequencer", event.sequencer().raw(), "outcome", "STALE");
            return Outcome.stale();
        }
        log.info("document stored", "bucket", event.bucket(), "key", event.key(), "event", event.eventName(),
                "objectBytes", event.size(), "readBytes", timings.readBytes(), "status", status, "reason", reason,
                "summarySentences", timings.summarySentences(), "timingsMs", timings.asMap(millisSince(start)), "outcome", "STORED");
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

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    /** Timings and sizes for the log line; null fields are left out. */
    private record Timings(Long readMs, Long summarizeMs, Integer readBytes, Long storeMs, Integer summarySentences) {
        Timings(long readMs, long summarizeMs, Integer readBytes) {
            this(readMs, summarizeMs, readBytes, null, null);
        }

        static Timings none() {
            return new Timings(null, null, null, null, null);
        }

        Timings withStore(long storeMs, SummaryResult result) {
            return new Timings(readMs, summarizeMs, readBytes, storeMs, result == null ? null : result.summary().size());
        }

        java.util.Map<String, Object> asMap(long totalMs) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("read", readMs);
            m.put("summarize", summarizeMs);
            m.put("store", storeMs);
            m.put("total", totalMs);
            return m;
        }
    }
}
