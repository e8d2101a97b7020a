package dev.precis.lookup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * S3's naming rules for what a request names: bucket names (general purpose buckets, as created
 * today) and object keys (1 to 1024 bytes of UTF-8). A request that breaks them cannot name a
 * stored document, so it is answered 400 without a table read.
 */
public final class S3Names {
    /** S3's limit for a key, in UTF-8 bytes. */
    public static final int MAX_KEY_BYTES = 1024;
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> RESERVED_SUFFIXES = List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

    private S3Names() {}

    /** @throws InvalidRequestException unless {@code name} is a valid S3 bucket name */
    public static String bucket(String name) {
        if (name == null || name.isEmpty()) throw new InvalidRequestException("bucket is required");
        boolean valid = BUCKET.matcher(name).matches()
                && !name.contains("..")
                && !IP_ADDRESS.matcher(name).matches()
                && RESERVED_PREFIXES.stream().noneMatch(name::startsWith)
                && RESERVED_SUFFIXES.stream().noneMatch(name::endsWith);
        if (!valid) {
            throw new InvalidRequestException("bucket is not a valid S3 bucket name (3 to 63 characters: a-z, 0-9, '.' and '-', "
                    + "starting and ending with a letter or digit)");
        }
        return name;
    }

    /** @throws InvalidRequestException unless {@code key} is 1 to 1024 bytes of well-formed UTF-8 text */
    public static String key(String key) {
        if (key == null || key.isEmpty()) throw new InvalidRequestException("key is required");
        return text("key", key);
    }

    /** A key prefix: like a key, but may be empty. */
    public static String prefix(String prefix) {
        return prefix == null || prefix.isEmpty() ? "" : text("prefix", prefix);
    }

    private static String text(String parameter, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidRequestException(parameter + " is not well-formed Unicode (an unpaired surrogate)");
            }
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new InvalidRequestException(parameter + " is longer than S3's limit of " + MAX_KEY_BYTES + " bytes (UTF-8)");
        }
        return value;
    }
}
