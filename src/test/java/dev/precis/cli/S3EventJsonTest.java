package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's event reader gives the same S3Event as the Lambda runtime's serializer (a test-only dependency now). */
class S3EventJsonTest {
    static Stream<Path> eventFiles() throws IOException {
        return Files.list(Path.of("events")).filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("env.json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("eventFiles")
    void read_matchesTheLambdaRuntimeSerializer(Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);
        S3Event expected = runtime(json);
        S3Event actual;
        try (InputStream in = new ByteArrayInputStream(json)) {
            actual = S3EventJson.read(in);
        }
        assertFalse(expected.getRecords().isEmpty(), "fixture without records: " + file);
        assertEquals(describe(expected), describe(actual));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"Records\":[]}"})
    void read_withoutRecords_givesAnEmptyEventAsTheRuntimeDoes(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertEquals(describe(runtime(bytes)), describe(S3EventJson.read(new ByteArrayInputStream(bytes))));
    }

    /** jackson-jr reads nested values recursively: as deep as the parser allows must still fit the stack. */
    @Test
    void read_nestedAsDeepAsTheParserAllows_givesARecordWithoutFields() throws IOException {
        int depth = StreamReadConstraints.DEFAULT_MAX_DEPTH - 2; // inside the root object and the Records array
        String json = "{\"Records\":[" + "[".repeat(depth) + "]".repeat(depth) + "]}";
        S3Event event = S3EventJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, event.getRecords().size());
        assertNull(event.getRecords().get(0).getS3());
    }

    /** Every field the event model exposes (its records have no equals). */
    private static List<Object> describe(S3Event event) {
        List<Object> out = new ArrayList<>();
        out.add(event.getRecords() == null ? "no records" : event.getRecords().size());
        if (event.getRecords() == null) return out;
        for (S3EventNotificationRecord r : event.getRecords()) {
            out.addAll(Arrays.asList(r.getAwsRegion(), r.getEventName(), r.getEventSource(), r.getEventTime(), r.getEventVersion(),
                    r.getRequestParameters() == null ? null : r.getRequestParameters().getSourceIPAddress(),
                    r.getResponseElements() == null ? null : r.getResponseElements().getxAmzId2(),
                    r.getResponseElements() == null ? null : r.getResponseElements().getxAmzRequestId(),
                    r.getUserIdentity() == null ? null : r.getUserIdentity().getPrincipalId()));
            S3EventNotification.S3Entity s3 = r.getS3();
            out.addAll(Arrays.asList(s3.getConfigurationId(), s3.getS3SchemaVersion(), s3.getBucket().getName(), s3.getBucket().getArn(),
                    s3.getBucket().getOwnerIdentity() == null ? null : s3.getBucket().getOwnerIdentity().getPrincipalId()));
            S3EventNotification.S3ObjectEntity o = s3.getObject();
            out.addAll(Arrays.asList(o.getKey(), o.getUrlDecodedKey(), o.getSizeAsLong(), o.geteTag(), o.getVersionId(), o.getSequencer()));
        }
        return out;
    }

    private static S3Event runtime(byte[] json) {
        return LambdaEventSerializers.serializerFor(S3Event.class, S3EventJsonTest.class.getClassLoader()).fromJson(new ByteArrayInputStream(json));
    }
}
