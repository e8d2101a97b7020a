package dev.precis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.lambda.S3Notification;
import dev.precis.engine.Summarizer;
import dev.precis.lambda.AwsClients;
import dev.precis.lambda.RecordsFailedException;
import dev.precis.lambda.S3EventHandler;
import dev.precis.local.LocalServers;
import dev.precis.local.S3Events;
import dev.precis.store.AttributeMapper;
import dev.precis.store.SummaryStore;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The handler end to end against real local servers (s3rver for S3, dynalite for DynamoDB): upload,
 * event, stored item; deletions, duplicates, late events, bad objects, an unreachable table.
 */
class PipelineIT {
    private static final String BUCKET = LocalPipeline.BUCKET;
    private static LocalPipeline local;
    private static S3Client uploader;
    private static S3Client s3;
    private static SummaryStore store;
    private static Summarizer summarizer;
    private static byte[] article;

    @BeforeAll
    static void setUp() throws IOException {
        local = LocalPipeline.get();
        uploader = local.uploader;
        s3 = local.s3;
        store = local.store;
        summarizer = local.summarizer;
        article = Files.readAllBytes(Path.of("events/documents/sample-article.txt"));
    }

    private static S3EventHandler handler(long maxObjectBytes) {
        return local.handler(maxObjectBytes);
    }

    private static S3EventHandler handler() {
        return local.handler();
    }

    private static String nextSequencer() {
        return LocalPipeline.nextSequencer();
    }

    private static String uniqueKey(String name) {
        return LocalPipeline.uniqueKey(name);
    }

    private static void upload(String key, byte[] content) {
        local.upload(key, content);
    }

    private static S3Notification parse(String json) {
        return LocalPipeline.parse(json);
    }

    private static S3Notification created(String key, long size, String sequencer) {
        return LocalPipeline.created(key, size, sequencer);
    }

    private static Map<String, Object> item(String key) {
        return local.item(key);
    }

    @Test
    void upload_storesTheSummaryAndTheObjectsMetadata() {
        String key = uniqueKey("article.txt");
        upload(key, article);
        String sequencer = nextSequencer();
        Map<String, Object> result = handler().handle(created(key, article.length, sequencer), null);

        assertEquals(1, result.get("stored"));
        Map<String, Object> item = item(key);
        assertEquals("DONE", item.get("status"));
        assertEquals(BUCKET + "/" + key, item.get("pk"));
        assertEquals(BUCKET, item.get("bucket"));
        assertEquals(key, item.get("key"));
        assertEquals("Harbour town opens tidal energy pilot after six years of planning", item.get("title"));
        assertEquals("en", item.get("language"));
        List<?> summary = (List<?>) item.get("summary");
        assertEquals(3, summary.size());
        assertTrue(((String) summary.get(0)).contains("tidal energy pilot"), summary.toString());
        Map<?, ?> facts = (Map<?, ?>) item.get("keyFacts");
        assertEquals(java.util.Set.of("entities", "dates", "quantities", "quotes", "keyPhrases"), facts.keySet());
        assertFalse(((List<?>) facts.get("entities")).isEmpty(), "the article names people and organizations");
        assertTrue(((Number) ((Map<?, ?>) item.get("stats")).get("words")).intValue() > 250);
        assertEquals(article.length, ((Number) item.get("size")).intValue());
        assertEquals("etag-" + sequencer, item.get("eTag"));
        assertEquals("text/plain", item.get("contentType"));
        assertEquals(sequencer, item.get("s3Sequencer"));
        assertEquals(Summarizer.VERSION, item.get("summarizer"));
        assertTrue(Instant.parse((String) item.get("processedAt")).isAfter(Instant.now().minusSeconds(60)));
    }

    @Test
    void encodedKey_fromARealEventIsDecodedForTheReadAndTheItem() {
        String key = "incoming/Q3 report+draft café – München.txt";
        upload(key, article);
        handler().handle(LocalPipeline.load("events/object-created-encoded-key.json"), null);
        Map<String, Object> item = item(key);
        assertEquals("DONE", item.get("status"));
        assertEquals(key, item.get("key"));
    }

    @Test
    void deletion_replacesTheSummaryWithATombstone_andTheLateUploadEventCannotBringItBack() {
        // the fixtures: an upload of incoming/sample-article.txt, then its deletion (a later sequencer)
        String key = "incoming/sample-article.txt";
        upload(key, article);
        S3Notification upload = LocalPipeline.load("events/object-created.json");
        handler().handle(upload, null);
        assertEquals("DONE", item(key).get("status"));

        s3.deleteObject(b -> b.bucket(BUCKET).key(key));
        handler().handle(LocalPipeline.load("events/object-removed.json"), null);
        Map<String, Object> tombstone = item(key);
        assertEquals("DELETED", tombstone.get("status"));
        assertFalse(tombstone.containsKey("summary"));
        assertFalse(tombstone.containsKey("title"));
        assertEquals("0062E99A89F1E0C3B2", tombstone.get("s3Sequencer"));

        upload(key, article); // even with the bytes back in the bucket
        Map<String, Object> result = handler().handle(upload, null);
        assertEquals(1, result.get("stale"));
        assertEquals("DELETED", item(key).get("status"));
    }

    @Test
    void duplicateEvent_isANoOp() {
        String key = uniqueKey("dup.txt");
        upload(key, article);
        S3Notification event = created(key, article.length, nextSequencer());
        handler().handle(event, null);
        Map<String, Object> first = item(key);

        upload(key, "Something else entirely. It has two sentences.".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> result = handler().handle(event, null);
        assertEquals(1, result.get("stale"));
        assertEquals(first, item(key), "the repeated event changed the item");
    }

    @Test
    void olderEventArrivingLate_doesNotOverwriteTheNewerResult() {
        String key = uniqueKey("versions.txt");
        String older = nextSequencer();
        String newer = nextSequencer();
        byte[] second = "Second version of the notes. The council approved the budget on Monday. Work starts in May."
                .getBytes(StandardCharsets.UTF_8);
        upload(key, article);
        upload(key, second);
        handler().handle(created(key, second.length, newer), null);
        Map<String, Object> result = handler().handle(created(key, article.length, older), null);

        assertEquals(1, result.get("stale"));
        Map<String, Object> item = item(key);
        assertEquals(newer, item.get("s3Sequencer"));
        assertEquals("etag-" + newer, item.get("eTag"));
        assertTrue(((List<?>) item.get("summary")).toString().contains("budget"));
    }

    static Stream<Arguments> badObjects() {
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 31);
        byte[] highBytes = new byte[500];
        for (int i = 0; i < highBytes.length; i++) highBytes[i] = (byte) (0x80 + (i * 7) % 120);
        byte[] brokenPdf = "%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>>\nnot a PDF body\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        return Stream.of(
                Arguments.of("empty.txt", "text/plain", new byte[0], "SKIPPED", "empty document"),
                Arguments.of("whitespace.txt", "text/plain", "  \n\n \t ".getBytes(StandardCharsets.UTF_8), "SKIPPED", "empty document"),
                Arguments.of("binary.dat", "application/octet-stream", binary, "SKIPPED", "binary content"),
                Arguments.of("undecodable.txt", "text/plain", highBytes, "FAILED", "undecodable text"),
                Arguments.of("broken.pdf", "application/pdf", brokenPdf, "FAILED", "malformed PDF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badObjects")
    void badObject_getsAStatusItemWithAReason(String name, String contentType, byte[] content, String status, String reason) {
        String key = uniqueKey(name);
        uploader.putObject(b -> b.bucket(BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(content));
        Map<String, Object> result = handler().handle(created(key, content.length, nextSequencer()), null);
        assertEquals(1, result.get("stored"));
        Map<String, Object> item = item(key);
        assertEquals(status, item.get("status"), String.valueOf(item.get("reason")));
        assertTrue(((String) item.get("reason")).startsWith(reason), (String) item.get("reason"));
        assertFalse(item.containsKey("summary"));
    }

    @Test
    void oversizeObject_isSkippedFromTheEventsSizeWithoutReadingIt() {
        String key = uniqueKey("large.txt");
        upload(key, article);
        handler(1000).handle(created(key, article.length, nextSequencer()), null);
        Map<String, Object> item = item(key);
        assertEquals("SKIPPED", item.get("status"));
        assertEquals("object larger than 1000 bytes", item.get("reason"));
    }

    @Test
    void oversizeObject_isCaughtByTheBoundedReadWhenTheEventUnderstatesItsSize() {
        String key = uniqueKey("large-understated.txt");
        upload(key, article);
        handler(1000).handle(created(key, 10, nextSequencer()), null);
        assertEquals("object larger than 1000 bytes", item(key).get("reason"));
    }

    @Test
    void vanishedObject_isSkippedNotRetried() {
        String key = uniqueKey("never-uploaded.txt");
        Map<String, Object> result = handler().handle(created(key, 100, nextSequencer()), null);
        assertEquals(1, result.get("stored"));
        assertEquals("SKIPPED", item(key).get("status"));
        assertEquals("object no longer exists", item(key).get("reason"));
    }

    @Test
    void dynamoDbUnreachable_failsRetryablyAndWritesNothing() {
        String key = uniqueKey("unreachable.txt");
        upload(key, article);
        URI closed = URI.create("http://127.0.0.1:" + LocalServers.freePort());
        try (DynamoDbClient unreachable = AwsClients.dynamoDbBuilder().endpointOverride(closed).region(LocalServers.REGION)
                .credentialsProvider(LocalServers.CREDENTIALS)
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(10)).apiCallAttemptTimeout(Duration.ofSeconds(2)))
                .build()) {
            S3EventHandler handler = local.handler(s3, unreachable);
            RecordsFailedException e = assertThrows(RecordsFailedException.class,
                    () -> handler.handle(created(key, article.length, nextSequencer()), null));
            assertTrue(e.retryable(), e.getMessage());
            assertTrue(e.getCause() instanceof SdkClientException, String.valueOf(e.getCause()));
        }
        assertEquals(Optional.empty(), store.get(BUCKET, key), "something was written");
    }

    @Test
    void multiRecordEvent_storesTheGoodRecordsWhateverTheBadOnesDo() {
        String good1 = uniqueKey("good one.txt");
        String good2 = uniqueKey("good+two.txt");
        String binary = uniqueKey("picture.png");
        String missing = uniqueKey("missing.txt");
        String noSequencer = uniqueKey("unordered.txt");
        upload(good1, article);
        upload(good2, article);
        upload(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        upload(noSequencer, article);
        String json = "{\"Records\":["
                + S3Events.record("ObjectCreated:Put", BUCKET, good1, (long) article.length, "e1", nextSequencer()) + ","
                + S3Events.record("ObjectCreated:Put", BUCKET, binary, 8L, "e2", nextSequencer()) + ","
                + S3Events.record("ObjectCreated:Put", BUCKET, noSequencer, (long) article.length, "e3", null) + ","
                + S3Events.record("ObjectCreated:Put", "precis-no-such-bucket", "x.txt", 10L, "e4", nextSequencer()) + ","
                + S3Events.record("ObjectCreated:Put", BUCKET, missing, 10L, "e5", nextSequencer()) + ","
                + S3Events.record("ObjectCreated:Post", BUCKET, good2, (long) article.length, "e6", nextSequencer()) + "]}";

        Map<String, Object> result = handler().handle(parse(json), null);

        assertEquals(6, result.get("records"));
        assertEquals(5, result.get("stored"));
        assertEquals(1, result.get("ignored"));
        assertEquals("DONE", item(good1).get("status"));
        assertEquals("DONE", item(good2).get("status"));
        assertEquals("SKIPPED", item(binary).get("status"));
        assertEquals("SKIPPED", item(missing).get("status"));
        assertEquals(Optional.empty(), store.get(BUCKET, noSequencer));
        Map<String, Object> noBucket = store.get("precis-no-such-bucket", "x.txt").map(AttributeMapper::toPlain).orElseThrow();
        assertEquals("FAILED", noBucket.get("status"));
        assertNotNull(noBucket.get("reason"));
        assertTrue(((String) noBucket.get("reason")).startsWith("could not read the object: NoSuchBucket"), (String) noBucket.get("reason"));
    }
}
