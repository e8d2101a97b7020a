package dev.precis.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The engine's records as DynamoDB values and back: a record becomes a map of its components (in
 * declaration order), a list a list, a string a string, a number a number. Null values are left
 * out, so a new field in an engine record is stored without a change here.
 */
public final class AttributeMapper {
    private AttributeMapper() {}

    /** @return the value, or null for a null input (the caller leaves the attribute out) */
    public static AttributeValue toAttribute(Object value) {
        if (value == null) return null;
        if (value instanceof AttributeValue av) return av;
        if (value instanceof String s) return AttributeValue.fromS(s);
        if (value instanceof Boolean b) return AttributeValue.fromBool(b);
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) return null;
        if (value instanceof Float f && (f.isNaN() || f.isInfinite())) return null;
        if (value instanceof Number n) return AttributeValue.fromN(new BigDecimal(n.toString()).toPlainString());
        if (value instanceof Enum<?> e) return AttributeValue.fromS(e.name());
        if (value instanceof List<?> list) {
            List<AttributeValue> out = new ArrayList<>(list.size());
            for (Object element : list) {
                AttributeValue av = toAttribute(element);
                if (av != null) out.add(av);
            }
            return AttributeValue.fromL(out);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) put(out, String.valueOf(e.getKey()), e.getValue());
            return AttributeValue.fromM(out);
        }
        if (value instanceof Record record) return AttributeValue.fromM(recordToMap(record));
        throw new IllegalArgumentException("no DynamoDB form for " + value.getClass().getName());
    }

    /** Puts {@code value} under {@code name} unless it is null. */
    public static void put(Map<String, AttributeValue> item, String name, Object value) {
        AttributeValue av = toAttribute(value);
        if (av != null) item.put(name, av);
    }

    private static Map<String, AttributeValue> recordToMap(Record record) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                put(out, component.getName(), component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + component.getName(), e);
            }
        }
        return out;
    }

    /** A stored item as plain Java values (String, BigDecimal, Boolean, List, Map), for JSON output. */
    public static Map<String, Object> toPlain(Map<String, AttributeValue> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        item.forEach((name, value) -> out.put(name, toPlain(value)));
        return out;
    }

    private static Object toPlain(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> new BigDecimal(value.n());
            case BOOL -> value.bool();
            case NUL -> null;
            case L -> value.l().stream().map(AttributeMapper::toPlain).toList();
            case M -> toPlain(value.m());
            case SS -> value.ss();
            case NS -> value.ns().stream().map(BigDecimal::new).toList();
            case B -> value.b().asByteArray().length + " bytes";
            case BS -> value.bs().stream().map(SdkBytes::asByteArray).map(b -> b.length + " bytes").toList();
            default -> value.toString();
        };
    }
}
