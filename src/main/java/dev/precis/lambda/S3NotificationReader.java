package dev.precis.lambda;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.JSONObjectException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an S3 notification's JSON, as Lambda delivers it, into an {@link S3Notification}:
 * jackson-jr reads it into Maps and Lists, and only the fields the handler needs are taken.
 * Unknown fields are skipped. Like the Lambda runtime's own serializer, {@code {}} and a null
 * {@code Records} give an event without records.
 */
public final class S3NotificationReader {
    /** A field repeated in one object fails the event, as it does in the runtime's serializer. */
    private static final JSON JSON_READER = JSON.builder().disable(JSON.Feature.USE_DEFERRED_MAPS).enable(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS).build();

    private S3NotificationReader() {}

    /** @throws MalformedEventException when the body is empty, not JSON, or no S3 notification */
    public static S3Notification read(InputStream body) throws IOException {
        Object root = parse(body);
        if (!(root instanceof Map<?, ?>)) throw new MalformedEventException("the event is not an S3 notification: it is " + describe(root) + ", not a JSON object");
        Object records = ((Map<?, ?>) root).get("Records");
        if (records == null) return new S3Notification(List.of());
        if (!(records instanceof List<?> list)) throw notification("Records is " + describe(records) + ", not an array");
        List<S3Notification.Entry> entries = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) entries.add(entry(list.get(i), "Records[" + i + "]"));
        return new S3Notification(entries);
    }

    private static Object parse(InputStream body) throws IOException {
        try (JsonParser parser = JSON_READER.getStreamingFactory().createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) throw new MalformedEventException("the event is empty: an S3 notification is a JSON object");
            return JSON_READER.anyFrom(parser);
        } catch (JsonProcessingException e) {
            // the parser's own message quotes the body; only the kind of problem and its place are kept
            throw new MalformedEventException(problem(e) + at(e.getLocation()));
        }
    }

    private static String problem(JsonProcessingException e) {
        if (e instanceof JSONObjectException) return "the event is not an S3 notification: a field appears twice in one object";
        if (e instanceof JsonEOFException) return "the event is not JSON: it ends inside a value";
        if (e instanceof StreamConstraintsException) return "the event is not JSON: it exceeds the parser's limits (nesting, number or text length)";
        return "the event is not JSON: unexpected character";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /**
     * As the runtime's serializer reads a record: a missing {@code s3}, bucket or object reads as one
     * with no fields (so the record is dropped for its missing bucket name or key), a missing event
     * name as "".
     */
    private static S3Notification.Entry entry(Object record, String path) {
        if (record == null) throw notification(path + " is null, not an object");
        Map<?, ?> fields = object(record, path);
        Map<?, ?> s3 = object(fields.get("s3"), path + ".s3");
        Map<?, ?> bucket = object(s3.get("bucket"), path + ".s3.bucket");
        String objectPath = path + ".s3.object";
        Map<?, ?> object = object(s3.get("object"), objectPath);
        String eventName = text(fields, "eventName", path);
        return new S3Notification.Entry(eventName == null ? "" : eventName, text(bucket, "name", path + ".s3.bucket"),
                text(object, "key", objectPath), text(object, "versionId", objectPath), text(object, "eTag", objectPath),
                size(object.get("size"), objectPath), text(object, "sequencer", objectPath));
    }

    /** The value as an object; an empty one when absent or JSON null. */
    private static Map<?, ?> object(Object value, String path) {
        if (value == null) return Map.of();
        if (value instanceof Map<?, ?> map) return map;
        throw notification(path + " is " + describe(value) + ", not an object");
    }

    /** A text field; numbers and booleans as written (as the runtime's serializer reads them into strings). */
    private static String text(Map<?, ?> object, String field, String path) {
        Object value = object.get(field);
        if (value == null || value instanceof String) return (String) value;
        if (value instanceof Number || value instanceof Boolean) return value.toString();
        throw notification(path + "." + field + " is " + describe(value) + ", not text");
    }

    private static Long size(Object value, String path) {
        if (value == null) return null;
        if (value instanceof Integer || value instanceof Long || (value instanceof BigInteger b && b.bitLength() < 64)) return ((Number) value).longValue();
        throw notification(path + ".size is " + describe(value) + ", not a whole number of bytes");
    }

    private static MalformedEventException notification(String reason) {
        return new MalformedEventException("the event is not an S3 notification: " + reason);
    }

    /** What kind of JSON value this is; never the value itself. */
    private static String describe(Object value) {
        if (value == null) return "null";
        if (value instanceof Map<?, ?>) return "an object";
        if (value instanceof List<?>) return "an array";
        if (value instanceof String) return "text";
        if (value instanceof Number) return "a number";
        if (value instanceof Boolean) return "a boolean";
        return value.getClass().getSimpleName();
    }
}
