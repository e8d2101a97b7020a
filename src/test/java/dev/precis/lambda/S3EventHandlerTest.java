package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.precis.cli.LocalContext;
import dev.precis.local.S3Events;
import dev.precis.log.JsonLog;
import dev.precis.pipeline.Deadline;
import dev.precis.pipeline.DeadlineExceededException;
import dev.precis.pipeline.DocumentProcessor;
import dev.precis.pipeline.LocalPipeline;
import dev.precis.pipeline.ObjectEvent;
import dev.precis.pipeline.Outcome;
import dev.precis.store.Status;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The handler on the events in events/, read as its stream entry point reads them. */
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
        S3Notification event = LocalPipeline.load("events/object-created.json");
        Map<String, Object> result = new S3EventHandler(pipeline, log).handle(event, null);

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
        new S3EventHandler(pipeline, log).handle(LocalPipeline.load("events/object-created-encoded-key.json"), null);
        assertEquals(List.of("created incoming/Q3 report+draft café – München.txt"), pipeline.calls);
    }

    @Test
    void deletion_goesToRemoved() {
        RecordingProcessor pipeline = storingDone();
        new S3EventHandler(pipeline, log).handle(LocalPipeline.load("events/object-removed.json"), null);
        assertEquals(List.of("removed incoming/sample-article.txt"), pipeline.calls);
        assertNull(pipeline.events.get(0).size());
    }

    @Test
    void multiRecord_handlesEveryRecordInOrder() {
        RecordingProcessor pipeline = storingDone();
        Map<String, Object> result = new S3EventHandler(pipeline, log).handle(LocalPipeline.load("events/multi-record.json"), null);
        assertEquals(List.of("created incoming/sample-article.txt", "created incoming/harbour report.txt", "removed incoming/old-notes.txt"), pipeline.calls);
        assertEquals(3, result.get("records"));
        assertEquals(3, ((List<?>) result.get("outcomes")).size());
    }

    @Test
    void otherEventTypes_areIgnoredWithALogLine() {
        S3Notification restore = parse(S3Events.event("ObjectRestore:Completed", "b", "archived.txt", 10L, "e", "0A"));
        RecordingProcessor pipeline = storingDone();
        Map<String, Object> result = new S3EventHandler(pipeline, log).handle(restore, null);
        assertTrue(pipeline.calls.isEmpty());
        assertEquals(1, result.get("ignored"));
        assertTrue(logText().contains("\"message\":\"event type ignored\""), logText());
    }

    @Test
    void recordWithoutSequencer_isDroppedAndTheOthersStillRun() {
        S3Notification event = parse("{\"Records\":["
                + S3Events.record("ObjectCreated:Put", "b", "no-sequencer.txt", 10L, "e", null) + ","
                + S3Events.record("ObjectCreated:Put", "b", "good one.txt", 10L, "e", "0A") + ","
                + S3Events.record("ObjectRemoved:Delete", "b", "gone.txt", null, null, "0B") + "]}");
        RecordingProcessor pipeline = storingDone();
        Map<String, Object> result = new S3EventHandler(pipeline, log).handle(event, null);
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
                () -> handler.handle(LocalPipeline.load("events/multi-record.json"), null));
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
                () -> handler.handle(LocalPipeline.load("events/multi-record.json"), new LocalContext(left)));
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
                () -> handler.handle(LocalPipeline.load("events/multi-record.json"), new LocalContext(left)));
        assertEquals(1, pipeline.calls.size(), pipeline.calls.toString());
        assertTrue(e.retryable());
        assertTrue(e.getMessage().startsWith("2 of 3 records failed"), e.getMessage());
    }

    @Test
    void logs_holdIdsAndCountsButNoDocumentText() {
        new S3EventHandler(storingDone(), log).handle(LocalPipeline.load("events/multi-record.json"), null);
        for (String line : logText().split("\n")) {
            assertTrue(line.startsWith("{") && line.endsWith("}"), "one JSON object per line: " + line);
        }
        assertTrue(logText().contains("\"records\":3"));
        assertFalse(logText().contains("tidal"), "document text in the log");
    }

    @Test
    void emptyEvent_doesNothing() {
        RecordingProcessor pipeline = storingDone();
        Map<String, Object> result = new S3EventHandler(pipeline, log).handle(new S3Notification(List.of()), null);
        assertEquals(0, result.get("records"));
        assertTrue(pipeline.calls.isEmpty());
    }

    @Test
    void streamEntryPoint_writesTheResultAsJson() throws IOException {
        RecordingProcessor pipeline = storingDone();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new S3EventHandler(pipeline, log).handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of("events/multi-record.json"))), out, null);

        Map<String, Object> written = JSON.std.mapFrom(out.toByteArray());
        assertEquals(3, pipeline.calls.size());
        assertEquals(3, written.get("records"));
        assertEquals(3, written.get("stored"));
        assertEquals(Map.of("event", "ObjectCreated:CompleteMultipartUpload", "bucket", "precis-documents-local", "key", "incoming/harbour report.txt",
                "outcome", "STORED", "status", "DONE"), ((List<?>) written.get("outcomes")).get(1));
    }

    @Test
    void streamEntryPoint_eventWithoutRecords_writesZeroCounts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new S3EventHandler(storingDone(), log).handleRequest(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), out, null);
        assertEquals("{\"records\":0,\"stored\":0,\"stale\":0,\"ignored\":0,\"outcomes\":[]}", out.toString(StandardCharsets.UTF_8));
    }

    /** The body is not named in the error nor logged: "secret" stands for a document's name or text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            secret                                           | the event is not JSON: unexpected character at line 1, column 1
            {"Records":[{"secret":                           | the event is not JSON: it ends inside a value at line 1, column 23
            ''                                               | the event is empty: an S3 notification is a JSON object
            null                                             | the event is not an S3 notification: it is null, not a JSON object
            ["secret"]                                       | the event is not an S3 notification: it is an array, not a JSON object
            {"Records":"secret"}                             | the event is not an S3 notification: Records is text, not an array
            {"Records":[{"eventName":"x"},"secret"]}         | the event is not an S3 notification: Records[1] is text, not an object
            {"Records":[{"s3":{"object":{"key":["secret"]}}}]} | the event is not an S3 notification: Records[0].s3.object.key is an array, not text
            {"Records":[{"s3":{"object":{"size":"secret"}}}]}  | the event is not an S3 notification: Records[0].s3.object.size is text, not a whole number of bytes
            {"Records":[{"s3":{"object":{"key":"secret","key":"x"}}}]} | the event is not an S3 notification: a field appears twice in one object at line 1, column 51
            """)
    void streamEntryPoint_bodyThatIsNoS3Event_failsNamingTheReasonWithoutTheBody(String body, String message) {
        RecordingProcessor pipeline = storingDone();
        S3EventHandler handler = new S3EventHandler(pipeline, log);
        MalformedEventException e = assertThrows(MalformedEventException.class,
                () -> handler.handleRequest(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), null));
        assertEquals(message, e.getMessage());
        assertNull(e.getCause(), "the parser's exception quotes the body");
        assertTrue(pipeline.calls.isEmpty());
        assertFalse(logText().contains("secret"), logText());
    }

    private static S3Notification parse(String json) {
        return LocalPipeline.parse(json);
    }

    private String logText() {
        return logBytes.toString(StandardCharsets.UTF_8).trim();
    }
}
