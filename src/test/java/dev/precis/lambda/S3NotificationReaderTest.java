package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.precis.local.S3Events;
import dev.precis.pipeline.InvalidEventException;
import dev.precis.pipeline.ObjectEvent;
import dev.precis.store.Sequencer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The handler's reader gives, record for record, the ObjectEvent (or the reason the record is
 * dropped) that the Lambda runtime's own serializer and the S3Event model gave when the handler
 * took an S3Event: on every event in events/ and on the variants the tests build.
 */
class S3NotificationReaderTest {
    static Stream<Path> eventFiles() throws IOException {
        return Files.list(Path.of("events")).filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("env.json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("eventFiles")
    void eventFile_givesWhatTheRuntimeSerializerGives(Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);
        assertFalse(runtime(json).isEmpty(), "fixture without records: " + file);
        assertEquals(runtime(json), ours(json));
    }

    static Stream<String> variants() {
        List<String> records = new ArrayList<>();
        for (String key : List.of("Q3 report+draft café – München.txt", "a+b=c&d.txt", "100% sure, 50%2B.txt", "日本語/ファイル 1.txt",
                "trailing space ", "emoji 😀.md", "back\\slash \"quoted\".txt", "dir/sub dir/x.html")) {
            records.add(S3Events.record("ObjectCreated:Put", "b", key, 12L, "e", "0A"));
        }
        records.add(S3Events.record("ObjectCreated:Put", "b", "no size.txt", null, "e", "0A"));
        records.add(S3Events.record("ObjectCreated:Put", "b", "no etag.txt", 3L, null, "0A"));
        records.add(S3Events.record("ObjectCreated:Put", "b", "no sequencer.txt", 3L, "e", null));
        records.add(S3Events.record("ObjectRemoved:Delete", "b", "gone.txt", null, null, "0B"));
        records.add(S3Events.record("ObjectRemoved:DeleteMarkerCreated", "b", "marked.txt", 5L, "e", "0C"));
        records.add(S3Events.record("s3:ObjectCreated:Copy", "b", "prefixed.txt", 5L, "e", "0D"));
        records.add(S3Events.record("ObjectRestore:Completed", "b", "archived.txt", 10L, "e", "0A"));
        records.add(S3Events.record("ObjectCreated:Put", "b", "bad sequencer.txt", 10L, "e", "not-hex"));
        records.add(S3Events.record("ObjectCreated:Put", "b", "", 10L, "e", "0A"));
        records.add(S3Events.record("ObjectCreated:Put", "", "no bucket.txt", 10L, "e", "0A"));
        Stream<String> built = records.stream().map(r -> "{\"Records\":[" + r + "]}");
        Stream<String> raw = Stream.of("{}", "{\"Records\":[]}", "{\"Records\":null}",
                event(null, "{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"k\",\"sequencer\":\"0A\"}}"),
                event("ObjectCreated:Put", null),
                event("ObjectCreated:Put", "{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"k\",\"sequencer\":\"0A\"}}").replace("\"eventName\":\"ObjectCreated:Put\",", ""),
                event("ObjectCreated:Put", "{}"),
                event("ObjectCreated:Put", "{\"bucket\":{\"name\":\"b\"}}"),
                event("ObjectCreated:Put", "{\"object\":{\"key\":\"k\",\"sequencer\":\"0A\"}}"),
                event("ObjectCreated:Put", "{\"bucket\":{\"name\":\"b\"},\"object\":{\"sequencer\":\"0A\"}}"),
                event("ObjectCreated:Put", "{\"bucket\":{},\"object\":{\"key\":\"k\",\"sequencer\":\"0A\"}}"),
                event("ObjectCreated:Put", "{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"bad%zzkey\",\"sequencer\":\"0A\"}}"),
                event("ObjectCreated:Put", "{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"cut%E\",\"sequencer\":\"0A\"}}"),
                event("ObjectCreated:Put", "{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"bad%FFutf8\",\"sequencer\":\"0A\"}}"),
                event("ObjectCreated:Put", "{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"k\",\"size\":null,\"eTag\":null,\"versionId\":null,\"sequencer\":\"0A\"}}"),
                event("ObjectCreated:Put", "{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"k\",\"size\":7,\"eTag\":\"\",\"versionId\":\"v1\",\"sequencer\":\"\"}}"),
                event("ObjectCreated:Put", "{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"k\",\"size\":9007199254740993,\"versionId\":\"v1\",\"sequencer\":\"0A\"}}"));
        return Stream.concat(built, raw);
    }

    /** One record with the fields S3 always sends, {@code s3} as given (left out when null). */
    private static String event(String eventName, String s3) {
        return "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"us-east-1\","
                + "\"eventTime\":\"2026-11-27T10:00:00.000Z\",\"eventName\":" + (eventName == null ? "null" : "\"" + eventName + "\"")
                + (s3 == null ? "" : ",\"s3\":" + s3) + "}]}";
    }

    @ParameterizedTest
    @MethodSource("variants")
    void variant_givesWhatTheRuntimeSerializerGives(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertEquals(runtime(bytes), ours(bytes));
    }

    /** jackson-jr reads nested values recursively: as deep as the parser allows must still fit the stack, and deeper is a named error. */
    @Test
    void nestingAsDeepAsTheParserAllows_isRead_andDeeperFailsNamingTheLimit() throws IOException {
        int depth = StreamReadConstraints.DEFAULT_MAX_DEPTH - 3; // inside the root object, Records and the record
        String deepest = "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + "}]}";
        assertEquals("ObjectCreated:Put", S3NotificationReader.read(new ByteArrayInputStream(deepest.getBytes(StandardCharsets.UTF_8))).records().get(0).eventName());

        String tooDeep = "{\"Records\":[" + "[".repeat(depth + 10) + "]".repeat(depth + 10) + "]}";
        MalformedEventException e = assertThrows(MalformedEventException.class,
                () -> S3NotificationReader.read(new ByteArrayInputStream(tooDeep.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("the event is not JSON: it exceeds the parser's limits"), e.getMessage());
    }

    /** Each record as the handler sees it now: read by S3NotificationReader, checked by toObjectEvent. */
    private static List<String> ours(byte[] json) throws IOException {
        List<String> out = new ArrayList<>();
        for (S3Notification.Entry entry : S3NotificationReader.read(new ByteArrayInputStream(json)).records()) {
            out.add(entry.eventName() + " -> " + outcome(() -> S3EventHandler.toObjectEvent(entry)));
        }
        return out;
    }

    /** Each record as the handler saw it before: the runtime's S3Event, checked as the handler's toObjectEvent did. */
    private static List<String> runtime(byte[] json) {
        S3Event event = LambdaEventSerializers.serializerFor(S3Event.class, S3NotificationReaderTest.class.getClassLoader())
                .fromJson(new ByteArrayInputStream(json));
        List<String> out = new ArrayList<>();
        if (event == null || event.getRecords() == null) return out;
        for (S3EventNotificationRecord record : event.getRecords()) out.add(record.getEventName() + " -> " + outcome(() -> fromEventModel(record)));
        return out;
    }

    private static String outcome(Supplier<ObjectEvent> conversion) {
        try {
            return conversion.get().toString();
        } catch (InvalidEventException e) {
            return "dropped: " + e.getMessage();
        }
    }

    /** The handler's conversion when it took the runtime's S3Event (before the stream handler), kept here as the reference. */
    private static ObjectEvent fromEventModel(S3EventNotificationRecord record) {
        if (record.getS3() == null || record.getS3().getBucket() == null || record.getS3().getObject() == null) {
            throw new InvalidEventException("record has no s3 bucket or object");
        }
        S3ObjectEntity object = record.getS3().getObject();
        String rawSequencer = emptyToNull(object.getSequencer());
        Sequencer sequencer;
        try {
            sequencer = rawSequencer == null ? null : Sequencer.parse(rawSequencer);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("record's " + e.getMessage());
        }
        String key;
        try {
            key = object.getKey() == null ? null : object.getUrlDecodedKey();
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("record's object key is not URL-encoded properly");
        }
        String eventName = record.getEventName() == null ? "" : record.getEventName();
        boolean removal = (eventName.startsWith("s3:") ? eventName.substring(3) : eventName).startsWith("ObjectRemoved:");
        Long size = removal ? null : object.getSizeAsLong();
        return new ObjectEvent(record.getEventName(), record.getS3().getBucket().getName(), key,
                emptyToNull(object.getVersionId()), emptyToNull(object.geteTag()), size, sequencer);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
