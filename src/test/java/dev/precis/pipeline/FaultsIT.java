package dev.precis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.lambda.S3Notification;
import dev.precis.lambda.AwsClients;
import dev.precis.cli.LocalContext;
import dev.precis.lambda.RecordsFailedException;
import dev.precis.lambda.S3EventHandler;
import dev.precis.local.CuttingProxy;
import dev.precis.local.LocalServers;
import dev.precis.local.S3Events;
import dev.precis.local.ThrottlingProxy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Faults on real connections to the local servers: DynamoDB throttling (a proxy of ours in front of
 * dynalite), an S3 read cut mid-stream (a proxy in front of s3rver), the object deleted between the
 * event and the read, the Lambda deadline close, and many concurrent events for one key. Each
 * ends as Lambda needs: a retryable failure with nothing half-written, or a stored status, and the
 * newest event always wins.
 */
class FaultsIT {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static LocalPipeline local;
    private static byte[] article;
    private static ThrottlingProxy throttling;
    private static CuttingProxy cutting;
    private static DynamoDbClient throttledDynamo;
    private static S3Client cutS3;

    @BeforeAll
    static void setUp() throws IOException {
        local = LocalPipeline.get();
        article = Files.readAllBytes(Path.of("events/documents/sample-article.txt"));
        throttling = ThrottlingProxy.in(local.servers.dynamoDbEndpoint());
        cutting = CuttingProxy.in(local.servers.s3Endpoint());
        // the function's own client settings (SDK default retries) pointed at the proxies
        throttledDynamo = AwsClients.dynamoDbBuilder().endpointOverride(throttling.endpoint()).region(LocalServers.REGION)
                .credentialsProvider(LocalServers.CREDENTIALS).build();
        cutS3 = AwsClients.s3Builder(true).endpointOverride(cutting.endpoint()).region(LocalServers.REGION)
                .credentialsProvider(LocalServers.CREDENTIALS).build();
    }

    @AfterAll
    static void tearDown() {
        throttledDynamo.close();
        cutS3.close();
        throttling.close();
        cutting.close();
    }

    private static String uploaded(String name) {
        String key = LocalPipeline.uniqueKey(name);
        local.upload(key, article);
        return key;
    }

    @ParameterizedTest(name = "throttled: {0}")
    @ValueSource(strings = {"PutItem", "GetItem,PutItem"})
    void dynamoDbThrottling_failsRetryably_andTheRedeliveryStoresTheItem(String operations) {
        String key = uploaded("throttled.txt");
        S3Notification event = LocalPipeline.created(key, article.length, LocalPipeline.nextSequencer());
        S3EventHandler handler = local.handler(local.s3, throttledDynamo);
        int before = throttling.throttledCount();
        throttling.throttle(List.of(operations.split(",")));
        try {
            RecordsFailedException e = assertThrows(RecordsFailedException.class,
                    () -> assertTimeoutPreemptively(HANG_GUARD, () -> handler.handle(event, null)));
            assertTrue(e.retryable(), e.getMessage());
            // the SDK retried inside the call, a bounded number of times (its DynamoDB default of 9 took 50 s)
            int attempts = throttling.throttledCount() - before;
            assertTrue(attempts > 1 && attempts <= 3, "throttled attempts: " + attempts);
        } finally {
            throttling.throttle(List.of());
        }
        assertEquals(Optional.empty(), local.store.get(LocalPipeline.BUCKET, key), "something was written while throttled");

        Map<String, Object> result = handler.handle(event, null); // Lambda's retry, after the table recovered
        assertEquals(1, result.get("stored"));
        assertEquals("DONE", local.item(key).get("status"));
    }

    @Test
    void s3ReadCutMidStream_failsRetryably_andNothingIsWritten() {
        String key = uploaded("cut.txt");
        S3Notification event = LocalPipeline.created(key, article.length, LocalPipeline.nextSequencer());
        S3EventHandler handler = local.handler(cutS3, local.dynamo);
        int before = cutting.cuts();
        cutting.cutAfter(article.length / 3);
        try {
            RecordsFailedException e = assertThrows(RecordsFailedException.class,
                    () -> assertTimeoutPreemptively(HANG_GUARD, () -> handler.handle(event, null)));
            assertTrue(e.retryable(), e.getMessage());
            assertTrue(cutting.cuts() > before, "the proxy never cut a response");
        } finally {
            cutting.cutAfter(-1);
        }
        assertEquals(Optional.empty(), local.store.get(LocalPipeline.BUCKET, key), "half a document was summarized and stored");

        handler.handle(event, null);
        assertEquals("DONE", local.item(key).get("status"));
        assertEquals(article.length, ((Number) local.item(key).get("size")).intValue());
    }

    @Test
    void objectDeletedBetweenEventAndRead_isSkippedOnce_withoutARetryLoop() {
        String key = uploaded("deleted-before-read.txt");
        S3Notification event = LocalPipeline.created(key, article.length, LocalPipeline.nextSequencer());
        local.s3.deleteObject(b -> b.bucket(LocalPipeline.BUCKET).key(key));

        Map<String, Object> result = local.handler().handle(event, null); // returns: Lambda does not retry
        assertEquals(1, result.get("stored"));
        assertEquals("SKIPPED", local.item(key).get("status"));
        assertEquals("object no longer exists", local.item(key).get("reason"));
        assertEquals(1, local.handler().handle(event, null).get("stale"), "a redelivery must not read again");
    }

    @Test
    void deadlineInsideTheMargin_startsNothing_andTheRetryStoresTheItem() {
        String key = uploaded("late.txt");
        S3Notification event = LocalPipeline.created(key, article.length, LocalPipeline.nextSequencer());
        RecordsFailedException e = assertThrows(RecordsFailedException.class,
                () -> local.handler().handle(event, new LocalContext(Deadline.MARGIN.toMillis() - 1_000)));
        assertTrue(e.retryable());
        assertTrue(e.getCause() instanceof DeadlineExceededException, String.valueOf(e.getCause()));
        assertEquals(Optional.empty(), local.store.get(LocalPipeline.BUCKET, key));

        local.handler().handle(event, new LocalContext(120_000));
        assertEquals("DONE", local.item(key).get("status"));
    }

    @Test
    void deadlineReachedWhileSummarizing_stopsBeforeTheWrite() {
        // a few MB take seconds to summarize: far more than the half second left beyond the margin
        String key = LocalPipeline.uniqueKey("slow.txt");
        byte[] large = (new String(article, StandardCharsets.UTF_8) + "\n\n").repeat(2_000).getBytes(StandardCharsets.UTF_8);
        local.upload(key, large);
        S3Notification event = LocalPipeline.created(key, large.length, LocalPipeline.nextSequencer());
        RecordsFailedException e = assertThrows(RecordsFailedException.class,
                () -> local.handler().handle(event, new LocalContext(Deadline.MARGIN.toMillis() + 500)));
        assertTrue(e.retryable());
        assertTrue(e.getCause() instanceof DeadlineExceededException d && !d.step().equals("record"), String.valueOf(e.getCause()));
        assertEquals(Optional.empty(), local.store.get(LocalPipeline.BUCKET, key), "written after the deadline");
    }

    /** 50 events for one key, creations and deletions with shuffled sequencers, delivered at once: the newest wins. */
    @RepeatedTest(5)
    void concurrentEventsForOneKey_theNewestAlwaysWins() throws Exception {
        String key = uploaded("contended.txt");
        Random random = new Random();
        List<String> sequencers = new ArrayList<>();
        for (int i = 0; i < 50; i++) sequencers.add(LocalPipeline.nextSequencer());
        String newest = sequencers.get(sequencers.size() - 1);
        boolean newestIsDeletion = random.nextBoolean();
        List<S3Notification> events = new ArrayList<>();
        for (String sequencer : sequencers) {
            boolean deletion = sequencer.equals(newest) ? newestIsDeletion : random.nextInt(5) == 0;
            events.add(LocalPipeline.parse(deletion
                    ? S3Events.event("ObjectRemoved:Delete", LocalPipeline.BUCKET, key, null, null, sequencer)
                    : S3Events.event("ObjectCreated:Put", LocalPipeline.BUCKET, key, (long) article.length, "etag-" + sequencer, sequencer)));
        }
        Collections.shuffle(events, random);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map<String, Object>>> results = new ArrayList<>();
            S3EventHandler handler = local.handler();
            for (S3Notification event : events) {
                Callable<Map<String, Object>> call = () -> {
                    start.await();
                    return handler.handle(event, null);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            int stored = 0;
            for (Future<Map<String, Object>> result : results) stored += (Integer) result.get().get("stored");
            assertTrue(stored >= 1, "nothing stored");
        } finally {
            pool.shutdownNow();
        }

        Map<String, Object> item = local.item(key);
        assertEquals(newest, item.get("s3Sequencer"), "an older event overwrote the newest");
        assertEquals(newestIsDeletion ? "DELETED" : "DONE", item.get("status"));
        if (!newestIsDeletion) assertEquals("etag-" + newest, item.get("eTag"));
    }
}
