package dev.precis.pipeline;

import dev.precis.config.Settings;
import dev.precis.engine.SummaryLength;
import dev.precis.engine.Summarizer;
import dev.precis.lambda.S3EventHandler;
import dev.precis.lambda.S3Notification;
import dev.precis.lambda.S3NotificationReader;
import dev.precis.local.LocalServers;
import dev.precis.local.S3Events;
import dev.precis.local.TestServers;
import dev.precis.store.AttributeMapper;
import dev.precis.store.SummaryStore;
import dev.precis.store.TableDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The handler wired to the local servers, as every pipeline IT needs it: one bucket and one table
 * for the JVM run (tests use their own keys), clients, the engine, events as S3 sends them, and
 * the stored item as plain values. Created on first use.
 */
public final class LocalPipeline {
    /** The bucket the fixtures in events/ name. */
    public static final String BUCKET = "precis-documents-local";
    public static final String TABLE = "precis-summaries-it";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() * 1000);
    private static LocalPipeline instance;

    public final LocalServers servers;
    public final S3Client uploader;
    public final S3Client s3;
    public final DynamoDbClient dynamo;
    public final SummaryStore store;
    public final Summarizer summarizer;

    private LocalPipeline() {
        servers = TestServers.get();
        uploader = servers.uploadingS3Client();
        s3 = servers.s3Client();
        dynamo = servers.dynamoDbClient();
        uploader.createBucket(b -> b.bucket(BUCKET));
        TableDefinition.create(dynamo, TABLE);
        store = new SummaryStore(dynamo, TABLE);
        summarizer = Summarizer.load();
    }

    public static synchronized LocalPipeline get() {
        if (instance == null) instance = new LocalPipeline();
        return instance;
    }

    public static Settings settings(long maxObjectBytes) {
        return new Settings(TABLE, maxObjectBytes, SummaryLength.DEFAULT, true, BUCKET);
    }

    public S3EventHandler handler(long maxObjectBytes) {
        return new S3EventHandler(settings(maxObjectBytes), s3, dynamo, summarizer);
    }

    public S3EventHandler handler() {
        return handler(Settings.DEFAULT_MAX_OBJECT_BYTES);
    }

    /** The handler with other clients (a proxy in front of a server, a closed port). */
    public S3EventHandler handler(S3Client s3Client, DynamoDbClient dynamoClient) {
        return new S3EventHandler(settings(Settings.DEFAULT_MAX_OBJECT_BYTES), s3Client, dynamoClient, summarizer);
    }

    /** Increasing sequencers, in S3's hexadecimal form. */
    public static String nextSequencer() {
        return String.format("%018X", SEQUENCE.incrementAndGet());
    }

    public static String uniqueKey(String name) {
        return "it/" + UUID.randomUUID() + "/" + name;
    }

    public void upload(String key, byte[] content) {
        upload(key, content, "text/plain");
    }

    /** Uploads the project's sample article ({@code events/documents/sample-article.txt}) under {@code key}; returns its bytes. */
    public byte[] uploadSampleArticle(String key) throws IOException {
        byte[] content = Files.readAllBytes(Path.of("events/documents/sample-article.txt"));
        upload(key, content);
        return content;
    }

    public void upload(String key, byte[] content, String contentType) {
        uploader.putObject(b -> b.bucket(BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(content));
    }

    /** JSON as S3 sends it, read as the handler's stream entry point reads it (S3NotificationReaderTest compares that with the Lambda runtime's serializer). */
    public static S3Notification parse(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** An event file, for example {@code events/object-created.json}. */
    public static S3Notification load(String file) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static S3Notification read(InputStream in) {
        try {
            return S3NotificationReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static S3Notification created(String key, long size, String sequencer) {
        return parse(S3Events.event("ObjectCreated:Put", BUCKET, key, size, "etag-" + sequencer, sequencer));
    }

    /** An ObjectCreated:Put event for {@code key} with a fresh sequencer, written to {@code dir} as the benchmark's programs read it. */
    public static Path createdEventFile(Path dir, String key, long size) throws IOException {
        Path event = dir.resolve("event.json");
        Files.writeString(event, S3Events.event("ObjectCreated:Put", BUCKET, key, size, null, nextSequencer()), StandardCharsets.UTF_8);
        return event;
    }

    public static S3Notification removed(String key, String sequencer) {
        return parse(S3Events.event("ObjectRemoved:Delete", BUCKET, key, null, null, sequencer));
    }

    /** The stored item as plain values; fails when there is none. */
    public Map<String, Object> item(String key) {
        return store.get(BUCKET, key).map(AttributeMapper::toPlain).orElseThrow(() -> new AssertionError("no item for " + key));
    }
}
