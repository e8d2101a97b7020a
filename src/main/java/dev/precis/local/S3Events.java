package dev.precis.local;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * S3 notification JSON as S3 sends it (URL-encoded key, sequencer, ETag), for the local pipeline
 * and the tests: the bytes the handler's stream entry point reads, as Lambda delivers them.
 */
public final class S3Events {
    private S3Events() {}

    /** The key as S3 writes it in events: form-encoded ("+" for a space, "%2B" for a plus), slashes kept. */
    public static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    /** A one-record event. {@code size} and {@code eTag} are left out when null (deletions). */
    public static String event(String eventName, String bucket, String key, Long size, String eTag, String sequencer) {
        return "{\"Records\":[" + record(eventName, bucket, key, size, eTag, sequencer) + "]}";
    }

    public static String record(String eventName, String bucket, String key, Long size, String eTag, String sequencer) {
        StringBuilder object = new StringBuilder();
        object.append("\"key\":").append(quote(encodeKey(key)));
        if (size != null) object.append(",\"size\":").append(size);
        if (eTag != null) object.append(",\"eTag\":").append(quote(eTag));
        if (sequencer != null) object.append(",\"sequencer\":").append(quote(sequencer));
        return "{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"" + LocalServers.REGION.id() + "\","
                + "\"eventTime\":\"" + Instant.now() + "\",\"eventName\":" + quote(eventName) + ","
                + "\"userIdentity\":{\"principalId\":\"AWS:LOCAL\"},\"requestParameters\":{\"sourceIPAddress\":\"127.0.0.1\"},"
                + "\"responseElements\":{\"x-amz-request-id\":\"LOCAL\",\"x-amz-id-2\":\"LOCAL\"},"
                + "\"s3\":{\"s3SchemaVersion\":\"1.0\",\"configurationId\":\"local\","
                + "\"bucket\":{\"name\":" + quote(bucket) + ",\"ownerIdentity\":{\"principalId\":\"LOCAL\"},\"arn\":\"arn:aws:s3:::" + bucket + "\"},"
                + "\"object\":{" + object + "}}}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
