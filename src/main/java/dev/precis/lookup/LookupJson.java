package dev.precis.lookup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API's JSON, on jackson-jr: Maps, Lists and simple values, null fields written, numbers as
 * stored (a BigDecimal never in exponent form). Items go through {@link #canonical} first, so an
 * item always renders to the same bytes whatever order DynamoDB returned its attributes in (the
 * ETag is a hash of those bytes).
 */
final class LookupJson {
    private static final JSON JSON_JR = JSON.builder(JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build())
            .enable(JSON.Feature.WRITE_NULL_PROPERTIES)
            .disable(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS, JSON.Feature.USE_DEFERRED_MAPS)
            .build();

    private LookupJson() {}

    static String string(Object value) throws IOException {
        return JSON_JR.asString(value);
    }

    /** UTF-8. */
    static byte[] bytes(Object value) throws IOException {
        return JSON_JR.asBytes(value);
    }

    /** @return the first JSON value (Map, List, String, Number, Boolean, or null for JSON null) */
    static Object read(byte[] json) throws IOException {
        return JSON_JR.anyFrom(json);
    }

    /** The map with its entries, and those of every map inside it, in name order. */
    static Map<String, Object> canonical(Map<String, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((name, value) -> sorted.put(name, canonicalValue(value)));
        return sorted;
    }

    @SuppressWarnings("unchecked")
    private static Object canonicalValue(Object value) {
        if (value instanceof Map<?, ?> map) return canonical((Map<String, ?>) map);
        if (value instanceof List<?> list) return list.stream().map(LookupJson::canonicalValue).toList();
        return value;
    }
}
