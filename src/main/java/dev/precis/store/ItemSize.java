package dev.precis.store;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An upper bound of an item's size as DynamoDB counts it toward the 400 KB item limit: attribute
 * names and string values in UTF-8 bytes, numbers at their largest (21 bytes), and the documented
 * overhead of lists and maps (3 bytes each plus 1 byte per element).
 */
public final class ItemSize {
    /** DynamoDB's hard limit for one item. */
    public static final int LIMIT = 400 * 1024;

    private ItemSize() {}

    public static long of(Map<String, AttributeValue> item) {
        long total = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) total += utf8(e.getKey()) + of(e.getValue());
        return total;
    }

    static long of(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case N -> 21;
            case BOOL, NUL -> 1;
            case B -> value.b().asByteArrayUnsafe().length;
            case L -> 3 + value.l().stream().mapToLong(v -> 1 + of(v)).sum();
            case M -> 3 + value.m().entrySet().stream().mapToLong(e -> 1 + utf8(e.getKey()) + of(e.getValue())).sum();
            case SS -> value.ss().stream().mapToLong(ItemSize::utf8).sum();
            case NS -> 21L * value.ns().size();
            case BS -> value.bs().stream().mapToLong(b -> b.asByteArrayUnsafe().length).sum();
            default -> throw new IllegalArgumentException("unknown attribute type " + value.type());
        };
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
