package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.precis.cli.LocalContext;
import dev.precis.local.S3Events;
import dev.precis.log.JsonLog;
import dev.precis.pipeline.Deadline;
import dev.precis.pipeline.DeadlineExceededException;
import dev.precis.pipeline.DocumentProcessor;
import dev.precis.pipeline.ObjectEvent;
import dev.precis.pipeline.Outcome;
import dev.precis.store.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The handler on the events in events/, loaded by the Lambda runtime's own deserialization. */
class S3EventHandlerTest {
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final JsonLog log = new JsonLog(new PrintStream(logBytes, true, StandardCharsets.UTF_8), Clock.systemUTC());

    /** Records the calls; answers with {@code answer}. */
    private static final class RecordingProcessor implements DocumentProcessor {
        final List<String> calls = new ArrayList<>();
        final List<ObjectEvent> events = new ArrayList<>();
        final Function<ObjectEvent, Outcome> answer;

        RecordingProcessor(Function<ObjectEvent, Outcome> answer) {
            this.answer = answer;
        }

        @Override
        public Outcome created(ObjectEvent event, Deadline deadline) {
            calls.add("created " + event.key());
            events.add(event);
            return answer.apply(event);
        }

        @Override
        public Outcome removed(ObjectEvent event, Deadline deadline) {
            calls.add("removed " + event.key());
            events.add(event);
            return answer.apply(event);
        }
    }

    private static RecordingProcessor storingDone() {
        return new RecordingProcessor(e -> Outcome.stored(Status.DONE, null));
    }

    @Test
    void upload_passesTheObjectAndItsSequencerToThePipeline() {
        RecordingProcessor pipeline = storingDone();
        S3Event event = EventLoader.loadS3Event("events/object-created.json");
        Map<String, Object> result = new S3EventHandler(pipeline, log).handleRequest(event, null);

        assertEquals(List.of("created incoming/sample-article.txt"), pipeline.calls);
        ObjectEvent seen = pipeline.events.get(0);
        assertEquals("precis-documents-local", seen.bucket());
        assertEquals(1825L, seen.size());
        assertEquals("ee15037cd15e27a8286086418cbb3915", seen.eTag());
        assertEquals("0062E99A88DC407460", seen.sequencer().raw());
        assertNull(seen.versionId());
        assertEquals(1, result.get("stored"));
    }

    @Test
    void encodedKey_isDecoded() {
        RecordingProcessor pipeline = storingDone();
        new S3EventHandler(pipeline, log).handleRequest(EventLoader.loadS3Event("events/object-created-encoded-key.json"), null);
        assertEquals(List.of("created incoming/Q3 report+draft café – München.txt"), pipeline.calls);
    }

    @Test
    void deletion_goesToRemoved() {
        RecordingProcessor pipeline = storingDone();
        new S3EventHandler(pipeline, log).handleRequest(EventLoader.loadS3Event("events/object-removed.json"), null);
        assertEquals(List.of("removed incoming/sample-article.txt"), pipeline.calls);
        assertNull(pipeline.events.get(0).size());
    }

    @Test
    void multiRecord_handlesEveryRecordInOrder() {
        RecordingProcessor pipeline = storingDone();
        Map<String, Object> result = new S3EventHandler(pipeline, log).handleRequest(EventLoader.loadS3Event("events/multi-record.json"), null);
        assertEquals(List.of("created incoming/sample-article.txt", "created incoming/harbour report.txt", "removed incoming/old-notes.txt"), pipeline.calls);
        assertEquals(3, result.get("records"));
        assertEquals(3, ((List<?>) result.get("outcomes")).size());
    }

    @Test
    void otherEventTypes_areIgnoredWithALogLine() {
        S3Event restore = parse(S3Events.event("ObjectRestore:Completed", "b", "archived.txt", 10L, "e", "0A"));
        RecordingProcessor pipeline = storingDone();
        Map<String, Object> result = new S3EventHandler(pipeline, log).handleRequest(restore, null);
        assertTrue(pipeline.calls.isEmpty());
        assertEquals(1, result.get("ignored"));
        assertTrue(logText().contains("\"message\":\"event type ignored\""), logText());
    }

    @Test
    void recordWithoutSequencer_isDroppedAndTheOthersStillRun() {
        S3Event event = parse("{\"Records\":["
                + S3Events.record("ObjectCreated:Put", "b", "no-sequencer.txt", 10L, "e", null) + ","
                + S3Events.record("ObjectCreated:Put", "b", "good one.txt", 10L, "e", "0A") + ","
                + S3Events.record("ObjectRemoved:Delete", "b", "gone.txt", null, null, "0B") + "]}");
        RecordingProcessor pipeline = storingDone();
        Map<String, Object> result = new S3EventHandler(pipeline, log).handleRequest(event, null);
        assertEquals(List.of("created good one.txt", "removed gone.txt"), pipeline.calls);
        assertEquals(1, result.get("ignored"));
        assertEquals(2, result.get("stored"));
        assertTrue(logText().contains("record has no sequencer"), logText());
    }

    @Test
    void retryableFailure_isThrownAfterTheOtherRecordsWereProcessed() {
        RecordingProcessor pipeline = new RecordingProcessor(e -> {
            if (e.key().equals("incoming/sample-article.txt")) throw SdkClientException.create("Unable to execute HTTP request: Connection refused");
            return Outcome.stored(Status.DONE, null);
        });
        S3EventHandler handler = new S3EventHandler(pipeline, log);
        RecordsFailedException e = assertThrows(RecordsFailedException.class,
                () -> handler.handleRequest(EventLoader.loadS3Event("events/multi-record.json"), null));
        assertEquals(3, pipeline.calls.size(), "the records after the failing one still ran");
        assertTrue(e.retryable());
        assertTrue(e.getCause() instanceof SdkClientException);
        assertTrue(e.getMessage().startsWith("1 of 3 records failed"), e.getMessage());
        assertTrue(logText().contains("\"retryable\":true"), logText());
    }

    @Test
    void nearDeadline_startsNoRecordAndFailsRetryably() {
        RecordingProcessor pipeline = storingDone();
        S3EventHandler handler = new S3EventHandler(pipeline, log);
        long left = Deadline.MARGIN.toMillis() - 1_000;
        RecordsFailedException e = assertThrows(RecordsFailedException.class,
                () -> handler.handleRequest(EventLoader.loadS3Event("events/multi-record.json"), new LocalContext(left)));
        assertEquals(List.of(), pipeline.calls, "a record started inside the safety margin");
        assertTrue(e.retryable());
        assertTrue(e.getCause() instanceof DeadlineExceededException, String.valueOf(e.getCause()));
        assertTrue(e.getMessage().startsWith("3 of 3 records failed"), e.getMessage());
    }

    @Test
    void deadlineReachedDuringARecord_leavesTheLaterRecordsForTheRetry() {
        RecordingProcessor pipeline = new RecordingProcessor(e -> {
            try {
                Thread.sleep(800);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return Outcome.stored(Status.DONE, null);
        });
        S3EventHandler handler = new S3EventHandler(pipeline, log);
        long left = Deadline.MARGIN.toMillis() + 300;
        RecordsFailedException e = assertThrows(RecordsFailedException.class,
                () -> handler.handleRequest(EventLoader.loadS3Event("events/multi-record.json"), new LocalContext(left)));
        assertEquals(1, pipeline.calls.size(), pipeline.calls.toString());
        assertTrue(e.retryable());
        assertTrue(e.getMessage().startsWith("2 of 3 records failed"), e.getMessage());
    }

    @Test
    void logs_holdIdsAndCountsButNoDocumentText() {
        new S3EventHandler(storingDone(), log).handleRequest(EventLoader.loadS3Event("events/multi-record.json"), null);
        for (String line : logText().split("\n")) {
            assertTrue(line.startsWith("{") && line.endsWith("}"), "one JSON object per line: " + line);
        }
        assertTrue(logText().contains("\"records\":3"));
        assertFalse(logText().contains("tidal"), "document text in the log");
    }

    @Test
    void emptyEvent_doesNothing() {
        RecordingProcessor pipeline = storingDone();
        Map<String, Object> result = new S3EventHandler(pipeline, log).handleRequest(new S3Event(), null);
        assertEquals(0, result.get("records"));
        assertTrue(pipeline.calls.isEmpty());
    }

    private static S3Event parse(String json) {
        return LambdaEventSerializers.serializerFor(S3Event.class, S3EventHandlerTest.class.getClassLoader())
                .fromJson(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private String logText() {
        return logBytes.toString(StandardCharsets.UTF_8).trim();
    }
}
