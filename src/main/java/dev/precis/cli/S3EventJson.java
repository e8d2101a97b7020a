package dev.precis.cli;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.RequestParametersEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.ResponseElementsEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * S3 notification JSON into the {@link S3Event} the handler takes, field for field as the Lambda
 * runtime's serializer fills it (the tests compare the two on every event in {@code events/}).
 * Written with the command line's Jackson so the jar does not carry aws-lambda-java-serialization
 * (3 MB of shaded Jackson and Joda that Lambda itself never loads from the function's jar).
 */
final class S3EventJson {
    private S3EventJson() {}

    /** @throws IOException when the input is not JSON; a JSON value that is no S3 event gives an event without records */
    static S3Event read(InputStream in) throws IOException {
        JsonNode root = Json.MAPPER.readTree(in);
        JsonNode records = root == null ? null : root.get("Records");
        if (records == null || !records.isArray()) return new S3Event(new ArrayList<>());
        List<S3EventNotificationRecord> out = new ArrayList<>();
        for (JsonNode r : records) out.add(record(r));
        return new S3Event(out);
    }

    private static S3EventNotificationRecord record(JsonNode r) {
        JsonNode s3 = r.path("s3");
        S3Entity entity = s3.isObject()
                ? new S3Entity(text(s3, "configurationId"), bucket(s3.get("bucket")), object(s3.get("object")), text(s3, "s3SchemaVersion"))
                : null;
        JsonNode request = r.get("requestParameters");
        JsonNode response = r.get("responseElements");
        return new S3EventNotificationRecord(text(r, "awsRegion"), text(r, "eventName"), text(r, "eventSource"), text(r, "eventTime"),
                text(r, "eventVersion"),
                request == null || request.isNull() ? null : new RequestParametersEntity(text(request, "sourceIPAddress")),
                response == null || response.isNull() ? null : new ResponseElementsEntity(text(response, "x-amz-id-2"), text(response, "x-amz-request-id")),
                entity, identity(r.get("userIdentity")));
    }

    private static S3BucketEntity bucket(JsonNode b) {
        if (b == null || b.isNull()) return null;
        return new S3BucketEntity(text(b, "name"), identity(b.get("ownerIdentity")), text(b, "arn"));
    }

    private static S3ObjectEntity object(JsonNode o) {
        if (o == null || o.isNull()) return null;
        // as the runtime's serializer: a missing size reads as 0, a missing ETag or version id as ""
        JsonNode size = o.get("size");
        long bytes = size == null || size.isNull() ? 0 : size.asLong();
        return new S3ObjectEntity(text(o, "key"), bytes, orEmpty(text(o, "eTag")), orEmpty(text(o, "versionId")), text(o, "sequencer"));
    }

    private static UserIdentityEntity identity(JsonNode i) {
        return i == null || i.isNull() ? null : new UserIdentityEntity(text(i, "principalId"));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
