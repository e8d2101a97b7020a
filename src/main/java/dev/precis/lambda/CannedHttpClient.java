package dev.precis.lambda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An HTTP client that sends nothing: it reads each request's body as a connection would and answers
 * every request itself with a 200 response it was given. For priming only ({@link SnapStartPriming},
 * {@link LookupPriming}): an SDK client built on it runs a whole request and its successful response
 * (marshalling, signing, the request body, unmarshalling) without reaching S3 or DynamoDB, so
 * nothing can be written and no permission or metric is involved.
 */
final class CannedHttpClient implements SdkHttpClient {
    /** A Last-Modified header's value, in the form S3 sends it. */
    private static final String HTTP_DATE = "Thu, 01 Jan 2026 00:00:00 GMT";
    private static final byte[] EMPTY_JSON = "{}".getBytes(StandardCharsets.UTF_8);
    /** Keys the priming clients sign with: their requests never leave the process. */
    private static final StaticCredentialsProvider PLACEHOLDER_KEYS = StaticCredentialsProvider.create(AwsBasicCredentials.create("precis-priming", "precis-priming"));

    private final Map<String, String> headers;
    private final Function<SdkHttpRequest, byte[]> answer;
    private volatile byte[] lastRequestBody = new byte[0];

    private CannedHttpClient(Map<String, String> headers, Function<SdkHttpRequest, byte[]> answer) {
        this.headers = headers;
        this.answer = answer;
    }

    /**
     * DynamoDB's answers: for each operation named (the end of the request's {@code X-Amz-Target},
     * such as {@code GetItem}), that JSON body; for any other, an answer with nothing in it (a
     * GetItem that found no item, a PutItem that succeeded).
     */
    static CannedHttpClient dynamoDb(Map<String, byte[]> bodyByOperation) {
        return new CannedHttpClient(Map.of("Content-Type", "application/x-amz-json-1.0", "x-amzn-RequestId", "priming"), request -> {
            String target = request.firstMatchingHeader("X-Amz-Target").orElse("");
            return bodyByOperation.getOrDefault(target.substring(target.indexOf('.') + 1), EMPTY_JSON);
        });
    }

    /** S3's answer to a GetObject: an object with these bytes and this content type. */
    static CannedHttpClient s3Object(byte[] bytes, String contentType) {
        byte[] body = bytes.clone();
        return new CannedHttpClient(Map.of("Content-Type", contentType, "ETag", "\"precis-priming\"", "Last-Modified", HTTP_DATE,
                "x-amz-request-id", "priming"), request -> body);
    }

    /** A DynamoDB client configured like the function's, on this HTTP client, signing with placeholder keys. */
    DynamoDbClient dynamoDbClient(Region region) {
        return AwsClients.dynamoDbBuilder().httpClient(this).region(region).credentialsProvider(PLACEHOLDER_KEYS).build();
    }

    /** An S3 client configured like the function's, on this HTTP client, signing with placeholder keys. */
    S3Client s3Client(boolean pathStyle, Region region) {
        return AwsClients.s3Builder(pathStyle).httpClient(this).region(region).credentialsProvider(PLACEHOLDER_KEYS).build();
    }

    /** The body of the last request answered, as the SDK marshalled it (empty before any). */
    byte[] lastRequestBody() {
        return lastRequestBody.clone();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                if (request.contentStreamProvider().isPresent()) {
                    try (InputStream sent = request.contentStreamProvider().get().newStream()) {
                        lastRequestBody = sent.readAllBytes();
                    }
                }
                byte[] body = answer.apply(request.httpRequest());
                SdkHttpResponse.Builder response = SdkHttpResponse.builder().statusCode(200).statusText("OK")
                        .putHeader("Content-Length", String.valueOf(body.length));
                headers.forEach(response::putHeader);
                return HttpExecuteResponse.builder().response(response.build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
            }

            @Override
            public void abort() {
                // nothing is in flight
            }
        };
    }

    @Override
    public String clientName() {
        return "PrecisPrimingCanned";
    }

    @Override
    public void close() {
        // holds nothing
    }
}
