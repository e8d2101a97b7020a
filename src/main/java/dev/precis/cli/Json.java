package dev.precis.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.NumberInput;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line's JSON, on jackson-jr: input is read as Maps (fields in input order),
 * Lists, Strings, Numbers, Booleans and nulls; results are written from the same plus records
 * (components in declaration order) and enums (by name). Null fields are written, a repeated key
 * reads as its last value, numbers and strings are written by jackson-core's generator: the bytes
 * jackson-databind wrote before, without its start-up (JsonTest compares the two).
 */
final class Json {
    private static final JSON COMPACT = JSON.builder()
            .enable(JSON.Feature.WRITE_NULL_PROPERTIES)
            .disable(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS, JSON.Feature.USE_DEFERRED_MAPS)
            .build();
    private static final JSON PRETTY = COMPACT.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

    private Json() {}

    /** One line of JSON. */
    static String write(Object value) throws IOException {
        return COMPACT.asString(plain(value));
    }

    /** Indented JSON, as jackson's default pretty printer lays it out ({@code "name" : value}, {@code [ "a", "b" ]}). */
    static String pretty(Object value) throws IOException {
        return PRETTY.asString(plain(value));
    }

    /** @return the first JSON value of the input (what follows it is not read), or null when it is JSON null */
    static Object read(String json) throws IOException {
        return COMPACT.anyFrom(json);
    }

    /**
     * @return the first JSON value of the input, or null when it is JSON null or the input has no
     *     value at all (empty, or only whitespace)
     */
    static Object read(InputStream in) throws IOException {
        try (JsonParser parser = COMPACT.getStreamingFactory().createParser(in)) {
            return parser.nextToken() == null ? null : COMPACT.anyFrom(parser);
        }
    }

    /** A record's components by name, in declaration order. */
    static Map<String, Object> fields(Record record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                out.put(component.getName(), component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + component.getName(), e);
            }
        }
        return out;
    }

    /** Records and enums into the Maps and Strings jackson-jr writes; everything else as it is. */
    private static Object plain(Object value) {
        if (value instanceof Record record) return plain(fields(record));
        if (value instanceof Enum<?> e) return e.name();
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> out = new ArrayList<>(collection.size());
            for (Object element : collection) out.add(plain(element));
            return out;
        }
        return value;
    }

    // Reading a document's fields the way jackson-databind's JsonNode read them, so that odd input
    // (a number where text was expected, an object where a number was) gives what it gave before.

    /** A field of a JSON object; null when absent, JSON null, or when {@code node} is no object. */
    static Object field(Object node, String name) {
        return node instanceof Map<?, ?> map ? map.get(name) : null;
    }

    /** Whether a JSON object has the field, even as JSON null. */
    static boolean has(Object node, String name) {
        return node instanceof Map<?, ?> map && map.containsKey(name);
    }

    /** A value as text ({@code JsonNode.asText()}): numbers and booleans as written, "" for objects and arrays, "null" for JSON null. */
    static String text(Object value) {
        if (value == null) return "null";
        if (value instanceof Map<?, ?> || value instanceof List<?>) return "";
        return value.toString();
    }

    /** A field as text when it is present, not JSON null and not blank; else null. */
    static String nonBlankText(Object node, String name) {
        Object value = field(node, name);
        return value != null && !text(value).isBlank() ? text(value) : null;
    }

    /** A value as a whole number ({@code JsonNode.asLong()}): fractions truncated, text parsed, 0 when it is none. */
    static long wholeNumber(Object value) {
        if (value instanceof Number n) return n.longValue();
        if (value instanceof Boolean b) return b ? 1 : 0;
        if (value instanceof String s) return NumberInput.parseAsLong(s, 0);
        return 0;
    }
}
