package dev.precis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.engine.Verbatim;
import dev.precis.lambda.S3EventHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.paginators.ScanIterable;

/**
 * Load: thousands of small, different documents uploaded to s3rver, one S3 event each delivered to
 * one shared handler from a pool of threads (as concurrent Lambda invocations would), then every
 * item read back from dynalite: none lost, none wrong (status, sequencer, and summary sentences
 * taken from its own document). Prints the throughput.
 *
 * <p>{@code -Dprecis.load.documents=N} (default 1,000, so the build stays quick; the README reports 3,000) and {@code -Dprecis.load.threads=N} (default 8).
 */
class LoadIT {
    private static final int DOCUMENTS = Integer.getInteger("precis.load.documents", 1_000);
    private static final int THREADS = Integer.getInteger("precis.load.threads", 8);

    private static final String[] PLACES = {"Westmere", "Harbourside", "Eastwick", "Northfield", "Lowton", "Marsh End", "Kingsbridge"};
    private static final String[] TOPICS = {"ferry timetable", "school budget", "harbour wall", "bus lane", "library hours", "flood defences",
        "market licence", "tidal turbine"};
    private static final String[] PEOPLE = {"Maria Lopez", "Tom Reed", "Aisha Khan", "Peter Novak", "Li Wei", "Grace Obi"};

    /** Document {@code i}: every sentence carries its number, so a sentence from another document cannot pass the check. */
    static String document(int i) {
        String place = PLACES[i % PLACES.length];
        String topic = TOPICS[(i / 7) % TOPICS.length];
        String person = PEOPLE[(i / 3) % PEOPLE.length];
        StringBuilder s = new StringBuilder();
        s.append(place).append(" council decides on the ").append(topic).append(" (report ").append(i).append(")\n\n");
        s.append("The council of ").append(place).append(" voted on report ").append(i).append(" about the ").append(topic)
                .append(" on Tuesday evening.");
        s.append(" Councillor ").append(person).append(" said the plan in report ").append(i).append(" would cost ")
                .append(1_000 + i).append(" pounds a year.");
        int extra = 2 + i % 5;
        for (int k = 0; k < extra; k++) {
            s.append(k % 2 == 0 ? "\n\n" : " ");
            s.append("Residents raised point ").append(k + 1).append(" of report ").append(i).append(", asking whether the ")
                    .append(topic).append(" would change before ").append(2025 + k).append('.');
        }
        s.append("\n\nA final decision on report ").append(i).append(" is expected next month.");
        return s.toString();
    }

    @Test
    void thousandsOfEvents_concurrently_noItemLostOrWrong() throws Exception {
        LocalPipeline local = LocalPipeline.get();
        String run = "load/" + UUID.randomUUID() + "/";
        List<String> keys = new ArrayList<>();
        List<String> sequencers = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            keys.add(run + "doc-" + i + ".txt");
            sequencers.add(LocalPipeline.nextSequencer());
            bodies.add(document(i).getBytes(StandardCharsets.UTF_8));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> uploads = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                int n = i;
                uploads.add(pool.submit(() -> local.upload(keys.get(n), bodies.get(n))));
            }
            for (Future<?> upload : uploads) upload.get();

            S3EventHandler handler = local.handler();
            AtomicInteger stored = new AtomicInteger();
            List<Future<?>> invocations = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < DOCUMENTS; i++) {
                int n = i;
                invocations.add(pool.submit(() -> {
                    Map<String, Object> result = handler.handle(
                            LocalPipeline.created(keys.get(n), bodies.get(n).length, sequencers.get(n)), null);
                    stored.addAndGet((Integer) result.get("stored"));
                }));
            }
            for (Future<?> invocation : invocations) invocation.get(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "load: %d documents, %d threads, %.1f s, %.0f docs/s%n", DOCUMENTS, THREADS, seconds, DOCUMENTS / seconds);
            assertEquals(DOCUMENTS, stored.get(), "invocations that did not store their document");
        } finally {
            pool.shutdownNow();
        }

        // count: the table holds exactly one item per document of this run
        ScanIterable scan = local.dynamo.scanPaginator(b -> b.tableName(LocalPipeline.TABLE).filterExpression("begins_with(#pk, :run)")
                .expressionAttributeNames(Map.of("#pk", "pk"))
                .expressionAttributeValues(Map.of(":run", AttributeValue.fromS(LocalPipeline.BUCKET + "/" + run)))
                .projectionExpression("#pk"));
        assertEquals(DOCUMENTS, scan.items().stream().count(), "items in the table for this run");

        // content: each item is its own document's
        for (int i = 0; i < DOCUMENTS; i++) {
            Map<String, Object> item = local.item(keys.get(i));
            assertEquals("DONE", item.get("status"), keys.get(i));
            assertEquals(sequencers.get(i), item.get("s3Sequencer"), keys.get(i));
            List<?> summary = (List<?>) item.get("summary");
            assertFalse(summary.isEmpty(), keys.get(i));
            String text = Verbatim.normalize(document(i));
            for (Object sentence : summary) {
                assertTrue(text.contains((String) sentence), keys.get(i) + " holds a sentence not from its document: " + sentence);
                assertTrue(((String) sentence).contains(" " + i + " ") || ((String) sentence).contains(" " + i + ",")
                        || ((String) sentence).contains(" " + i + "."), keys.get(i) + ": " + sentence);
            }
        }
    }
}
