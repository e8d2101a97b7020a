package dev.precis.lambda;

import dev.precis.config.Settings;
import dev.precis.engine.SummaryLength;
import dev.precis.engine.SummaryResult;
import dev.precis.engine.Summarizer;
import dev.precis.extract.ExtractedText;
import dev.precis.extract.TextExtractor;
import dev.precis.log.JsonLog;
import dev.precis.pipeline.ObjectReader;
import dev.precis.store.Sequencer;
import dev.precis.store.Status;
import dev.precis.store.SummaryItem;
import dev.precis.store.SummaryRecord;
import dev.precis.store.SummaryStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Priming: does once what the first invocation would otherwise pay for. One built-in short text
 * (never a user's document) goes through the extractor and the engine, so their classes are loaded
 * and their hot methods warmed, and its result is mapped into a table item as a write maps it (the
 * item is never sent); one DynamoDB read of a key that never exists loads the SDK's request path
 * (marshalling, signing, TLS, HTTP, unmarshalling). Where the function knows its
 * documents bucket, one S3 read that can never return a body ({@link ObjectReader#probe}) loads the
 * S3 read path too.
 *
 * <p>The handler's init primes once (the parts on three threads, see
 * {@code S3EventHandler.Parts#initialize}). With SnapStart this hook primes again just before the
 * snapshot, {@link SnapshotPriming#SNAPSHOT_ROUNDS} times, so the snapshot holds code compiled
 * further and every restore starts there; the models and clients built by the constructor are in
 * the snapshot too. Each of those rounds also runs the built-in event through a handler whose
 * clients get canned answers ({@link #processEventOnce}), for what only a successful event runs.
 *
 * <p>Priming never fails init or the checkpoint: a store it cannot reach is noted in the report
 * and the first invocation pays for that path instead. Outside SnapStart (no CRaC support) the hook
 * is never called.
 */
public final class SnapStartPriming extends SnapshotPriming<SnapStartPriming.Report> {
    /** Key read once from the table during priming; no item is ever written under it. */
    static final String PRIMING_BUCKET = "precis-priming";
    static final String PRIMING_KEY = "snapstart";
    /** Key probed once in the documents bucket; the probe never reads a body, whatever is stored there. */
    static final String PRIMING_OBJECT_KEY = "precis-priming/snapstart";
    private static final String TEXT = "/dev/precis/lambda/priming.txt";
    private static final String CONTENT_TYPE = "text/plain; charset=utf-8";
    /** The sequencer of the built-in event and of the item priming maps. */
    static final String PRIMING_SEQUENCER = "0A";

    private final TextExtractor extractor;
    private final Summarizer summarizer;
    private final SummaryStore store;
    private final ObjectReader reader;
    private final String bucket;
    private final SummaryLength length;
    private final BooleanSupplier eventPart;

    /**
     * What one priming did: sentences summarized, whether the table and the bucket answered, whether
     * the built-in event was stored against canned answers, how long it took.
     */
    public record Report(int summarySentences, boolean storeReached, boolean bucketReached, boolean eventProcessed, long millis) {}

    /**
     * @param store the table to read once, or null to prime the engine only
     * @param reader the S3 reader to probe {@code bucket} with, or null
     * @param bucket the documents bucket, or null when the function does not know it (then S3 is not primed)
     * @param eventPart the event part ({@link #processEventOnce}), or null to leave it out
     */
    public SnapStartPriming(TextExtractor extractor, Summarizer summarizer, SummaryStore store, ObjectReader reader, String bucket, SummaryLength length,
                            BooleanSupplier eventPart) {
        this.extractor = extractor;
        this.summarizer = summarizer;
        this.store = store;
        this.reader = reader;
        this.bucket = bucket;
        this.length = length;
        this.eventPart = eventPart;
    }

    @Override
    protected Report run() {
        long start = System.nanoTime();
        int sentences = summarizeOnce(extractor, summarizer, length);
        boolean reached = store != null && readStoreOnce(store);
        boolean bucketReached = readBucketOnce(reader, bucket);
        boolean eventProcessed = eventPart != null && eventPart.getAsBoolean();
        return new Report(sentences, reached, bucketReached, eventProcessed, (System.nanoTime() - start) / 1_000_000);
    }

    /** The table and the bucket answered, where they were given; the engine alone always does its part. */
    @Override
    protected boolean reachedAll(Report report) {
        return (store == null || report.storeReached()) && (reader == null || bucket == null || report.bucketReached());
    }

    /**
     * The engine part: the built-in text through the extractor and the engine, and the result mapped
     * into a table item as a write maps it (the item is never sent); returns the summary's sentence
     * count.
     */
    static int summarizeOnce(TextExtractor extractor, Summarizer summarizer, SummaryLength length) {
        byte[] bytes = primingText();
        ExtractedText text = extractor.extract(bytes, CONTENT_TYPE, "priming.txt");
        SummaryResult result = summarizer.summarize(text.text(), text.title(), length);
        SummaryItem.of(new SummaryRecord(PRIMING_BUCKET, PRIMING_KEY, null, null, (long) bytes.length, CONTENT_TYPE, Sequencer.parse(PRIMING_SEQUENCER),
                "ObjectCreated:Put", Status.DONE, null, text.format(), text.charset(), text.notes(), result, Instant.now()));
        return result.summary().size();
    }

    /**
     * The table part: one read of a key that is never written. A table that cannot be reached is not
     * an error here (the first invocation then pays for this path, and fails or retries as usual).
     *
     * @return whether the table answered
     */
    static boolean readStoreOnce(SummaryStore store) {
        try {
            store.storedSequencer(PRIMING_BUCKET, PRIMING_KEY);
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    /**
     * The S3 part: one probe of a key in the documents bucket, which never returns a body.
     *
     * @return whether the bucket answered; false too when there is no reader or bucket to probe
     */
    static boolean readBucketOnce(ObjectReader reader, String bucket) {
        return reader != null && bucket != null && reader.probe(bucket, PRIMING_OBJECT_KEY);
    }

    /**
     * The event part, before a snapshot only: the built-in event ({@code S3EventHandler.PRIMING_EVENT})
     * through a handler built like the function's, on S3 and DynamoDB clients configured like its own
     * whose HTTP client answers every request itself ({@link CannedHttpClient}): the check finds no
     * item, the read gets the built-in text, the write succeeds. So what only a successful event
     * runs (a GetObject with a body, the conditional PutItem of a summary and its answer, the
     * handler's result) is loaded and compiled in the snapshot; the real probe never returns a body,
     * and nothing may be written for real. Nothing is sent, the clients sign with placeholder keys,
     * and the handler's log lines are discarded.
     *
     * @return whether the handler stored the event's document against those answers
     */
    static boolean processEventOnce(Settings settings, Region region, TextExtractor extractor, Summarizer summarizer) {
        byte[] text = primingText();
        try (S3Client s3 = CannedHttpClient.s3Object(text, CONTENT_TYPE).s3Client(settings.s3PathStyle(), region);
             DynamoDbClient dynamo = CannedHttpClient.dynamoDb(Map.of()).dynamoDbClient(region)) {
            S3EventHandler handler = S3EventHandler.withPipeline(settings, new ObjectReader(s3), new SummaryStore(dynamo, settings.tableName()),
                    extractor, summarizer, JsonLog.discarding());
            ByteArrayOutputStream result = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(S3EventHandler.PRIMING_EVENT.getBytes(StandardCharsets.UTF_8)), result, null);
            return result.toString(StandardCharsets.UTF_8).contains("\"stored\":1");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] primingText() {
        try (InputStream in = SnapStartPriming.class.getResourceAsStream(TEXT)) {
            if (in == null) throw new IllegalStateException(TEXT + " is not on the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
