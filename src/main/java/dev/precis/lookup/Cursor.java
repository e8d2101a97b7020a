package dev.precis.lookup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where the next page of a listing starts: the last key returned, with the bucket and prefix it
 * belongs to. Opaque to clients: base64url (no padding) of {@code {"v":1,"bucket","prefix","after"}}.
 * Not signed, because it holds nothing a caller could not ask for; it is validated instead, and a
 * cursor from another listing (other bucket or prefix) is refused.
 */
record Cursor(String bucket, String prefix, String after) {
    /** Two 1024-byte keys, escaped and encoded, fit well inside this. */
    static final int MAX_LENGTH = 16 * 1024;
    private static final int VERSION = 1;
    private static final Set<String> FIELDS = Set.of("v", "bucket", "prefix", "after");

    String encode() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("v", VERSION);
        json.put("bucket", bucket);
        json.put("prefix", prefix);
        json.put("after", after);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(LookupJson.string(json).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("four strings always render", e);
        }
    }

    /** @throws InvalidRequestException when the token is not a cursor of this listing */
    static Cursor decode(String token, String bucket, String prefix) {
        if (token.length() > MAX_LENGTH) throw malformed();
        Object json;
        try {
            json = LookupJson.read(Base64.getUrlDecoder().decode(token));
        } catch (IllegalArgumentException | IOException e) {
            throw malformed();
        }
        if (!(json instanceof Map<?, ?> fields) || !Integer.valueOf(VERSION).equals(fields.get("v")) || !fields.keySet().equals(FIELDS)
                || !(fields.get("bucket") instanceof String cursorBucket) || !(fields.get("prefix") instanceof String cursorPrefix)
                || !(fields.get("after") instanceof String after)) {
            throw malformed();
        }
        if (!cursorBucket.equals(bucket) || !cursorPrefix.equals(prefix)) {
            throw new InvalidRequestException("cursor belongs to another listing (a different bucket or prefix)");
        }
        if (!after.startsWith(prefix)) throw malformed();
        try {
            S3Names.key(after);
        } catch (InvalidRequestException e) {
            throw malformed();
        }
        return new Cursor(bucket, prefix, after);
    }

    private static InvalidRequestException malformed() {
        return new InvalidRequestException("cursor is malformed: pass the cursor of the previous page unchanged");
    }
}
