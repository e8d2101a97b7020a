package dev.precis.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.precis.config.Settings;
import dev.precis.engine.Summarizer;
import dev.precis.extract.TextExtractor;
import dev.precis.log.JsonLog;
import dev.precis.pipeline.Deadline;
import dev.precis.pipeline.DocumentPipeline;
import dev.precis.pipeline.DocumentProcessor;
import dev.precis.pipeline.InvalidEventException;
import dev.precis.pipeline.ObjectEvent;
import dev.precis.pipeline.ObjectReader;
import dev.precis.pipeline.Outcome;
import dev.precis.pipeline.Retryable;
import dev.precis.store.Sequencer;
import dev.precis.store.SummaryStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Lambda entry point for S3 notifications: decodes each record, hands it to the pipeline, and
 * reports what happened. Models, clients and settings are built once, at init (and captured in the
 * SnapStart snapshot, after {@link SnapStartPriming} has run the engine once), never per invocation.
 *
 * <p>Records start only while more than {@link Deadline#MARGIN} of the invocation's time is left,
 * and the pipeline checks the same deadline before it reads and before it writes: an invocation
 * running out of time fails retryably instead of being killed in the middle of a write.
 *
 * <p>Every record is processed even when an earlier one fails. Failures are thrown at the end, so
 * Lambda retries the event (the stored items make the retry harmless) and the on-failure
 * destination receives what still fails. Records that can never succeed (no key, no sequencer)
 * are logged and dropped.
 *
 * <p>A stream handler: the event is read by {@link S3NotificationReader} and the result written
 * with jackson-jr, so the runtime never deserializes the event model (Joda-Time and Jackson
 * databind at the first event).
 */
public final class S3EventHandler implements RequestStreamHandler {
    private static final JSON RESULT_WRITER = JSON.builder().enable(JSON.Feature.WRITE_NULL_PROPERTIES).build();
    /** The built-in event init reads and the SnapStart hook processes: one creation of {@link SnapStartPriming#PRIMING_KEY}'s object. */
    static final String PRIMING_EVENT = "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":{\"name\":\""
            + SnapStartPriming.PRIMING_BUCKET + "\"},\"object\":{\"key\":\"" + SnapStartPriming.PRIMING_KEY + "+%C3%A9\",\"size\":1,\"sequencer\":\"" + SnapStartPriming.PRIMING_SEQUENCER + "\"}}}]}";

    private final DocumentProcessor pipeline;
    private final JsonLog log;
    /** Held here because CRaC keeps registered resources only weakly. */
    private SnapStartPriming priming;

    /**
     * For the Lambda runtime: settings from the environment, clients from the SDK's standard
     * settings, everything primed (see {@link Parts#initialize}), and the SnapStart priming hook
     * registered.
     */
    public S3EventHandler() {
        this(Parts.fromEnvironment());
    }

    private S3EventHandler(Parts parts) {
        this(parts.pipeline(), JsonLog.stdout());
        this.priming = parts.priming();
        org.crac.Core.getGlobalContext().register(priming);
    }

    /** For tests and the local pipeline: the given clients and engine. */
    public S3EventHandler(Settings settings, S3Client s3, DynamoDbClient dynamo, Summarizer summarizer) {
        this(newPipeline(settings, new ObjectReader(s3), new SummaryStore(dynamo, settings.tableName()), new TextExtractor(), summarizer, JsonLog.stdout()),
                JsonLog.stdout());
    }

    /** A handler whose pipeline and own lines go to {@code log}: for priming, with a log that discards them. */
    static S3EventHandler withPipeline(Settings settings, ObjectReader reader, SummaryStore store, TextExtractor extractor, Summarizer summarizer, JsonLog log) {
        return new S3EventHandler(newPipeline(settings, reader, store, extractor, summarizer, log), log);
    }

    private static DocumentPipeline newPipeline(Settings settings, ObjectReader reader, SummaryStore store, TextExtractor extractor, Summarizer summarizer,
                                                JsonLog log) {
        return new DocumentPipeline(reader, extractor, summarizer, store,
                settings.maxObjectBytes(), settings.summaryLength(), Clock.systemUTC(), log);
    }

    /** What the runtime's constructor builds: the pipeline and its priming hook. */
    record Parts(DocumentPipeline pipeline, SnapStartPriming priming) {
        static Parts fromEnvironment() {
            Settings settings = Settings.fromEnvironment();
            return initialize(settings, () -> AwsClients.s3Builder(settings.s3PathStyle()).build(), () -> AwsClients.dynamoDbBuilder().build());
        }

        /**
         * Builds and primes everything the first event needs, so that it pays for none of it, in three
         * parts that run at once: one thread loads the models and summarizes one built-in text (engine
         * and key-fact classes loaded, the tagger's feature generators built), mapping the result into
         * a table item that is never sent; another builds the DynamoDB client and reads one
         * never-written key from the table (the SDK's request path: marshalling, signing, TLS, HTTP,
         * unmarshalling); this thread builds the S3 client, probes the documents bucket once when the
         * settings name it (a read that never returns a body), and reads and writes one built-in event
         * (the JSON reader and writer). The table's part usually ends last (the first SDK request
         * loads the most); the process is CPU-bound on two cores either way, so the split gains more
         * in the first invocation than in init.
         * Measured with {@code mvn -B -Pbench verify} (README, "How it performs").
         */
        static Parts initialize(Settings settings, Supplier<S3Client> s3Client, Supplier<DynamoDbClient> dynamoClient) {
            long start = System.nanoTime();
            TextExtractor extractor = new TextExtractor();
            FutureTask<PrimedEngine> engine = startTask("precis-init-engine", () -> {
                Summarizer summarizer = Summarizer.load();
                return new PrimedEngine(summarizer, SnapStartPriming.summarizeOnce(extractor, summarizer, settings.summaryLength()));
            });
            FutureTask<PrimedStore> table = startTask("precis-init-store", () -> {
                SummaryStore store = new SummaryStore(dynamoClient.get(), settings.tableName());
                return new PrimedStore(store, SnapStartPriming.readStoreOnce(store));
            });

            S3Client s3 = s3Client.get();
            ObjectReader reader = new ObjectReader(s3);
            boolean bucketReached = SnapStartPriming.readBucketOnce(reader, settings.documentsBucket());
            readAndWriteEventOnce();
            PrimedStore primedStore = join(table);
            PrimedEngine primed = join(engine);

            Region region = s3.serviceClientConfiguration().region();
            SnapStartPriming priming = new SnapStartPriming(extractor, primed.summarizer(), primedStore.store(), reader, settings.documentsBucket(),
                    settings.summaryLength(), () -> SnapStartPriming.processEventOnce(settings, region, extractor, primed.summarizer()));
            priming.record(new SnapStartPriming.Report(primed.summarySentences(), primedStore.reached(), bucketReached, false,
                    (System.nanoTime() - start) / 1_000_000));
            return new Parts(newPipeline(settings, reader, primedStore.store(), extractor, primed.summarizer(), JsonLog.stdout()), priming);
        }

        private static <T> FutureTask<T> startTask(String name, Callable<T> work) {
            FutureTask<T> task = new FutureTask<>(work);
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
            return task;
        }

        private record PrimedStore(SummaryStore store, boolean reached) {}

        /** One built-in notification read and checked, and a result written, as an invocation does: no user's data. */
        private static void readAndWriteEventOnce() {
            try {
                S3Notification event = S3NotificationReader.read(new ByteArrayInputStream(PRIMING_EVENT.getBytes(StandardCharsets.UTF_8)));
                ObjectEvent object = toObjectEvent(event.records().get(0));
                RESULT_WRITER.write(Map.of("records", 1, "outcomes", List.of(Map.of("key", object.key()))), OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private record PrimedEngine(Summarizer summarizer, int summarySentences) {}

        private static <T> T join(FutureTask<T> task) {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while init primed the engine and the table", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error error) throw error;
                throw new IllegalStateException("init could not prime the engine or the table", e.getCause());
            }
        }
    }

    /**
     * A handler built and primed the way the runtime's constructor builds it, from the given settings
     * and clients: for the local pipeline ({@code precis demo}) and tests.
     */
    public static S3EventHandler initialized(Settings settings, Supplier<S3Client> s3Client, Supplier<DynamoDbClient> dynamoClient) {
        return new S3EventHandler(Parts.initialize(settings, s3Client, dynamoClient));
    }

    /** The SnapStart priming hook this handler registered, or null when built for tests or the local pipeline. */
    public SnapStartPriming priming() {
        return priming;
    }

    /** For unit tests: any processor. */
    public S3EventHandler(DocumentProcessor pipeline, JsonLog log) {
        this.pipeline = pipeline;
        this.log = log;
    }

    /**
     * The Lambda entry point: the S3 notification's JSON in, {@link #handle}'s result out as JSON.
     *
     * @throws MalformedEventException when the body is not JSON or no S3 notification
     * @throws RecordsFailedException as {@link #handle}
     */
    @Override
    public void handleRequest(InputStream event, OutputStream result, Context context) throws IOException {
        Map<String, Object> outcome = handle(S3NotificationReader.read(event), context);
        RESULT_WRITER.write(outcome, result);
    }

    /**
     * @return counts and one entry per record (bucket, key, event, outcome, status, reason)
     * @throws RecordsFailedException after all records were tried, when any failed (network, throttling, 5xx,
     *     or an unexpected error): Lambda retries the event, and the stored sequencers make the retry harmless
     */
    public Map<String, Object> handle(S3Notification event, Context context) {
        long start = System.nanoTime();
        String requestId = context == null ? null : context.getAwsRequestId();
        Deadline deadline = context == null ? Deadline.NONE : Deadline.of(context.getRemainingTimeInMillis(), Deadline.MARGIN);
        List<S3Notification.Entry> records = event.records();
        List<Map<String, Object>> outcomes = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        Map<Outcome.Kind, Integer> counts = new LinkedHashMap<>();
        for (S3Notification.Entry record : records) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("event", record.eventName());
            try {
                ObjectEvent objectEvent = toObjectEvent(record);
                entry.put("bucket", objectEvent.bucket());
                entry.put("key", objectEvent.key());
                deadline.check("record");
                Outcome outcome = dispatch(objectEvent, deadline);
                counts.merge(outcome.kind(), 1, Integer::sum);
                entry.put("outcome", outcome.kind().name());
                if (outcome.status() != null) entry.put("status", outcome.status().name());
                if (outcome.reason() != null) entry.put("reason", outcome.reason());
            } catch (InvalidEventException e) {
                counts.merge(Outcome.Kind.IGNORED, 1, Integer::sum);
                entry.put("outcome", Outcome.Kind.IGNORED.name());
                entry.put("reason", e.getMessage());
                log.warn("invalid record dropped", "requestId", requestId, "event", record.eventName(), "reason", e.getMessage(), "outcome", "IGNORED");
            } catch (RuntimeException e) {
                failures.add(e);
                boolean retryable = Retryable.isRetryable(e);
                entry.put("outcome", "FAILED");
                entry.put("error", e.getClass().getSimpleName());
                log.error("record failed", "requestId", requestId, "bucket", entry.get("bucket"), "key", entry.get("key"),
                        "event", record.eventName(), "error", e.getClass().getName(), "retryable", retryable, "outcome", "FAILED");
            }
            outcomes.add(entry);
        }
        log.info("event processed", "requestId", requestId, "records", records.size(), "stored", counts.getOrDefault(Outcome.Kind.STORED, 0),
                "stale", counts.getOrDefault(Outcome.Kind.STALE, 0), "ignored", counts.getOrDefault(Outcome.Kind.IGNORED, 0),
                "failed", failures.size(), "totalMs", (System.nanoTime() - start) / 1_000_000);
        if (!failures.isEmpty()) throw RecordsFailedException.of(failures, records.size());

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("records", records.size());
        for (Outcome.Kind kind : Outcome.Kind.values()) result.put(kind.name().toLowerCase(Locale.ROOT), counts.getOrDefault(kind, 0));
        result.put("outcomes", outcomes);
        return result;
    }

    private Outcome dispatch(ObjectEvent event, Deadline deadline) {
        if (isCreation(event.eventName())) return pipeline.created(event, deadline);
        if (isRemoval(event.eventName())) return pipeline.removed(event, deadline);
        log.info("event type ignored", "bucket", event.bucket(), "key", event.key(), "event", event.eventName(), "outcome", "IGNORED");
        return Outcome.ignored("event type not handled: " + event.eventName());
    }

    /** The record checked and its key URL-decoded, as the Lambda event model's {@code getUrlDecodedKey} decodes it. */
    static ObjectEvent toObjectEvent(S3Notification.Entry record) {
        String rawSequencer = emptyToNull(record.sequencer());
        Sequencer sequencer;
        try {
            sequencer = rawSequencer == null ? null : Sequencer.parse(rawSequencer);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("record's " + e.getMessage());
        }
        String key;
        try {
            key = record.encodedKey() == null ? null : URLDecoder.decode(record.encodedKey(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("record's object key is not URL-encoded properly");
        }
        // deletions carry no size; a creation without one reads as 0, as the Lambda event model reads it
        Long size = isRemoval(record.eventName()) ? null : record.size() == null ? Long.valueOf(0) : record.size();
        return new ObjectEvent(record.eventName(), record.bucket(), key, emptyToNull(record.versionId()), emptyToNull(record.eTag()), size, sequencer);
    }

    private static boolean isCreation(String eventName) {
        return withoutPrefix(eventName).startsWith("ObjectCreated:");
    }

    private static boolean isRemoval(String eventName) {
        return withoutPrefix(eventName).startsWith("ObjectRemoved:");
    }

    /** Records say "ObjectCreated:Put"; notification configurations say "s3:ObjectCreated:*". Either is accepted. */
    private static String withoutPrefix(String eventName) {
        if (eventName == null) return "";
        return eventName.startsWith("s3:") ? eventName.substring(3) : eventName;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
