package dev.precis.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

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
        ObjectNode json = LookupJson.MAPPER.createObjectNode().put("v", VERSION).put("bucket", bucket).put("prefix", prefix).put("after", after);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidRequestException when the token is not a cursor of this listing */
    static Cursor decode(String token, String bucket, String prefix) {
        if (token.length() > MAX_LENGTH) throw malformed();
        JsonNode json;
        try {
            json = LookupJson.MAPPER.readTree(Base64.getUrlDecoder().decode(token));
        } catch (IllegalArgumentException | IOException e) {
            throw malformed();
        }
        if (json == null || !json.isObject() || !json.path("v").isInt() || json.path("v").intValue() != VERSION) throw malformed();
        Set<String> names = new TreeSet<>();
        json.fieldNames().forEachRemaining(names::add);
        if (!names.equals(FIELDS) || !json.path("bucket").isTextual() || !json.path("prefix").isTextual() || !json.path("after").isTextual()) {
            throw malformed();
        }
        if (!json.path("bucket").textValue().equals(bucket) || !json.path("prefix").textValue().equals(prefix)) {
            throw new InvalidRequestException("cursor belongs to another listing (a different bucket or prefix)");
        }
        String after = json.path("after").textValue();
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
