package dev.precis.store;

import dev.precis.engine.SummaryResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DynamoDB item of one document, and the guard that keeps it under the 400 KB item limit
 * whatever the input. The engine caps its lists already; the guard is for what slips through (one
 * enormous "sentence", a huge headline): it drops quotes, then trailing summary sentences, then
 * cuts long strings, then drops the key facts, and says so in {@code notes}.
 */
public final class SummaryItem {
    /** Partition key: {@code bucket + "/" + key}. Bucket names cannot contain "/", so it is unambiguous. */
    public static final String PK = "pk";
    /** The sort form of the event's sequencer (see {@link Sequencer}); every write is conditional on it. */
    public static final String SEQUENCER = "sequencer";
    /** Where the guard stops; {@link ItemSize} is an upper bound, so this leaves a margin. */
    static final long BUDGET = ItemSize.LIMIT - 8 * 1024;
    static final int LONG_STRING_CHARS = 2000;

    private SummaryItem() {}

    public static String pk(String bucket, String key) {
        return bucket + "/" + key;
    }

    public static Map<String, AttributeValue> of(SummaryRecord r) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        AttributeMapper.put(item, PK, pk(r.bucket(), r.key()));
        AttributeMapper.put(item, "bucket", r.bucket());
        AttributeMapper.put(item, "key", r.key());
        // the listing index is sparse: tombstones are left out of it (see ListingIndex)
        if (r.status() != Status.DELETED) AttributeMapper.put(item, ListingIndex.SHARD, ListingIndex.shardValue(r.bucket(), r.key()));
        AttributeMapper.put(item, "versionId", r.versionId());
        AttributeMapper.put(item, "eTag", r.eTag());
        AttributeMapper.put(item, "size", r.size());
        AttributeMapper.put(item, "contentType", r.contentType());
        AttributeMapper.put(item, SEQUENCER, r.sequencer().sortKey());
        AttributeMapper.put(item, "s3Sequencer", r.sequencer().raw());
        AttributeMapper.put(item, "eventName", r.eventName());
        AttributeMapper.put(item, "status", r.status());
        AttributeMapper.put(item, "reason", r.reason());
        AttributeMapper.put(item, "format", r.format());
        AttributeMapper.put(item, "charset", r.charset());
        if (!r.notes().isEmpty()) AttributeMapper.put(item, "notes", r.notes());
        SummaryResult result = r.result();
        if (result != null) {
            AttributeMapper.put(item, "title", result.title());
            AttributeMapper.put(item, "language", result.language());
            AttributeMapper.put(item, "languageNote", result.languageNote());
            AttributeMapper.put(item, "summary", result.summary());
            AttributeMapper.put(item, "keyFacts", result.keyFacts());
            AttributeMapper.put(item, "stats", result.stats());
            AttributeMapper.put(item, "summarizer", result.summarizer());
        }
        AttributeMapper.put(item, "processedAt", r.processedAt().toString());
        return fit(item);
    }

    /** Returns the item itself when it fits, else a trimmed copy that does, with a note saying what went. */
    static Map<String, AttributeValue> fit(Map<String, AttributeValue> item) {
        if (ItemSize.of(item) <= BUDGET) return item;
        Map<String, AttributeValue> trimmed = new LinkedHashMap<>(item);
        List<String> dropped = new ArrayList<>();

        AttributeValue facts = trimmed.get("keyFacts");
        if (facts != null && facts.hasM() && facts.m().containsKey("quotes")) {
            Map<String, AttributeValue> m = new LinkedHashMap<>(facts.m());
            m.remove("quotes");
            trimmed.put("keyFacts", AttributeValue.fromM(m));
            dropped.add("quotes");
        }
        AttributeValue summary = trimmed.get("summary");
        if (ItemSize.of(trimmed) > BUDGET && summary != null && summary.hasL() && summary.l().size() > 1) {
            List<AttributeValue> sentences = new ArrayList<>(summary.l());
            while (sentences.size() > 1 && ItemSize.of(withSummary(trimmed, sentences)) > BUDGET) sentences.remove(sentences.size() - 1);
            trimmed.put("summary", AttributeValue.fromL(sentences));
            dropped.add("summary cut to " + sentences.size() + " sentences");
        }
        if (ItemSize.of(trimmed) > BUDGET) {
            trimmed.replaceAll((name, value) -> name.equals(PK) || name.equals("key") || name.equals(ListingIndex.SHARD) ? value : cutLongStrings(value));
            dropped.add("texts over " + LONG_STRING_CHARS + " characters cut");
        }
        if (ItemSize.of(trimmed) > BUDGET && trimmed.remove("keyFacts") != null) dropped.add("key facts");
        if (ItemSize.of(trimmed) > BUDGET) throw new IllegalStateException("item still over the DynamoDB size limit after trimming");

        List<AttributeValue> notes = new ArrayList<>(trimmed.containsKey("notes") ? trimmed.get("notes").l() : List.of());
        notes.add(AttributeValue.fromS("trimmed to fit the 400 KB item limit: " + String.join(", ", dropped)));
        trimmed.put("notes", AttributeValue.fromL(notes));
        return trimmed;
    }

    private static Map<String, AttributeValue> withSummary(Map<String, AttributeValue> item, List<AttributeValue> sentences) {
        Map<String, AttributeValue> copy = new LinkedHashMap<>(item);
        copy.put("summary", AttributeValue.fromL(sentences));
        return copy;
    }

    private static AttributeValue cutLongStrings(AttributeValue value) {
        if (value.s() != null && value.s().length() > LONG_STRING_CHARS) {
            String s = value.s();
            int end = Character.isHighSurrogate(s.charAt(LONG_STRING_CHARS - 1)) ? LONG_STRING_CHARS - 1 : LONG_STRING_CHARS;
            return AttributeValue.fromS(s.substring(0, end) + "…");
        }
        if (value.hasL()) return AttributeValue.fromL(value.l().stream().map(SummaryItem::cutLongStrings).toList());
        if (value.hasM()) {
            Map<String, AttributeValue> m = new LinkedHashMap<>();
            value.m().forEach((k, v) -> m.put(k, cutLongStrings(v)));
            return AttributeValue.fromM(m);
        }
        return value;
    }
}
