package dev.precis.config;

import dev.precis.engine.SummaryLength;
import java.util.Map;

/**
 * The function's settings, read once at start from the environment variables the SAM template
 * sets, and validated there: a bad setting stops the function at init with a message naming it,
 * never halfway through an event. Messages never repeat a value (the environment is not logged).
 *
 * @param tableName the DynamoDB table for the summaries ({@code TABLE_NAME}, required)
 * @param maxObjectBytes objects larger than this are not read ({@code MAX_OBJECT_BYTES}, default 10 MiB)
 * @param summaryLength sentences per summary ({@code SUMMARY_SENTENCES}, default 3)
 * @param s3PathStyle path-style S3 addressing, for local S3 servers ({@code S3_FORCE_PATH_STYLE}, default false)
 * @param documentsBucket the bucket whose notifications the function receives ({@code DOCUMENTS_BUCKET}, optional,
 *     else null): init probes it once with a read that never returns a body, so the first event finds the S3 read path loaded
 */
public record Settings(String tableName, long maxObjectBytes, SummaryLength summaryLength, boolean s3PathStyle, String documentsBucket) {
    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String MAX_OBJECT_BYTES = "MAX_OBJECT_BYTES";
    public static final String SUMMARY_SENTENCES = "SUMMARY_SENTENCES";
    public static final String S3_FORCE_PATH_STYLE = "S3_FORCE_PATH_STYLE";
    public static final String DOCUMENTS_BUCKET = "DOCUMENTS_BUCKET";

    public static final long DEFAULT_MAX_OBJECT_BYTES = 10L * 1024 * 1024;
    /** The largest object the function will hold in memory at once. */
    public static final long LIMIT_MAX_OBJECT_BYTES = 100L * 1024 * 1024;
    public static final int LIMIT_SUMMARY_SENTENCES = 50;

    public Settings {
        if (tableName == null || tableName.isBlank()) throw new SettingsException(TABLE_NAME + " is not set: name the DynamoDB table the summaries are written to");
        if (maxObjectBytes < 1 || maxObjectBytes > LIMIT_MAX_OBJECT_BYTES) {
            throw new SettingsException(MAX_OBJECT_BYTES + " must be between 1 and " + LIMIT_MAX_OBJECT_BYTES + " bytes");
        }
        if (summaryLength == null) throw new SettingsException("summary length is not set");
        if (documentsBucket != null && documentsBucket.isBlank()) documentsBucket = null;
    }

    /** Reads the process environment (the Lambda runtime's, or the shell's for {@code precis invoke}). */
    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    public static Settings from(Map<String, String> env) {
        String table = env.get(TABLE_NAME);
        long maxBytes = longSetting(env, MAX_OBJECT_BYTES, DEFAULT_MAX_OBJECT_BYTES, 1, LIMIT_MAX_OBJECT_BYTES);
        int sentences = (int) longSetting(env, SUMMARY_SENTENCES, 3, 1, LIMIT_SUMMARY_SENTENCES);
        boolean pathStyle = booleanSetting(env, S3_FORCE_PATH_STYLE);
        String bucket = env.get(DOCUMENTS_BUCKET);
        return new Settings(table == null ? null : table.trim(), maxBytes, new SummaryLength.Sentences(sentences), pathStyle,
                bucket == null ? null : bucket.trim());
    }

    private static long longSetting(Map<String, String> env, String name, long fallback, long min, long max) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) return fallback;
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // reported below, without the value
        }
        throw new SettingsException(name + " must be a whole number from " + min + " to " + max);
    }

    private static boolean booleanSetting(Map<String, String> env, String name) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) return false;
        return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new SettingsException(name + " must be true or false");
        };
    }
}
