package dev.precis.cli;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.RequestParametersEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.ResponseElementsEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S3 notification JSON into the {@link S3Event} the handler takes, field for field as the Lambda
 * runtime's serializer fills it (the tests compare the two on every event in {@code events/}).
 * Written with the command line's JSON so the jar does not carry aws-lambda-java-serialization
 * (3 MB of shaded Jackson and Joda that Lambda itself never loads from the function's jar).
 */
final class S3EventJson {
    private S3EventJson() {}

    /**
     * @throws IOException when the input is not JSON; a JSON value that is no S3 event (or no value
     *     at all) gives an event without records
     */
    static S3Event read(InputStream in) throws IOException {
        Object records = Json.field(Json.read(in), "Records");
        if (!(records instanceof List<?> list)) return new S3Event(new ArrayList<>());
        List<S3EventNotificationRecord> out = new ArrayList<>();
        for (Object r : list) out.add(record(r));
        return new S3Event(out);
    }

    private static S3EventNotificationRecord record(Object r) {
        Object s3 = Json.field(r, "s3");
        S3Entity entity = s3 instanceof Map<?, ?>
                ? new S3Entity(text(s3, "configurationId"), bucket(Json.field(s3, "bucket")), object(Json.field(s3, "object")), text(s3, "s3SchemaVersion"))
                : null;
        Object request = Json.field(r, "requestParameters");
        Object response = Json.field(r, "responseElements");
        return new S3EventNotificationRecord(text(r, "awsRegion"), text(r, "eventName"), text(r, "eventSource"), text(r, "eventTime"),
                text(r, "eventVersion"),
                request == null ? null : new RequestParametersEntity(text(request, "sourceIPAddress")),
                response == null ? null : new ResponseElementsEntity(text(response, "x-amz-id-2"), text(response, "x-amz-request-id")),
                entity, identity(Json.field(r, "userIdentity")));
    }

    // A present, non-null value that is no object (a number, a string) still gives an entity, with null fields.

    private static S3BucketEntity bucket(Object b) {
        if (b == null) return null;
        return new S3BucketEntity(text(b, "name"), identity(Json.field(b, "ownerIdentity")), text(b, "arn"));
    }

    private static S3ObjectEntity object(Object o) {
        if (o == null) return null;
        // as the runtime's serializer: a missing size reads as 0, a missing ETag or version id as ""
        Object size = Json.field(o, "size");
        long bytes = size == null ? 0 : Json.wholeNumber(size);
        return new S3ObjectEntity(text(o, "key"), bytes, orEmpty(text(o, "eTag")), orEmpty(text(o, "versionId")), text(o, "sequencer"));
    }

    private static UserIdentityEntity identity(Object i) {
        return i == null ? null : new UserIdentityEntity(text(i, "principalId"));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A field as text; null when absent or JSON null. */
    private static String text(Object node, String field) {
        Object v = Json.field(node, field);
        return v == null ? null : Json.text(v);
    }
}
