package dev.precis.lambda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client that sends nothing: it reads each request's body as a connection would and answers
 * every request itself with one fixed 200 response. For priming only ({@link SnapStartPriming}): an
 * SDK client built on it runs a whole request and its successful response (marshalling, signing,
 * the request body, unmarshalling) without reaching S3 or DynamoDB, so nothing can be written and
 * no permission or metric is involved.
 */
final class CannedHttpClient implements SdkHttpClient {
    /** A Last-Modified header's value, in the form S3 sends it. */
    private static final String HTTP_DATE = "Thu, 01 Jan 2026 00:00:00 GMT";

    private final Map<String, List<String>> headers;
    private final byte[] body;

    private CannedHttpClient(Map<String, List<String>> headers, byte[] body) {
        this.headers = headers;
        this.body = body;
    }

    /** DynamoDB's answer with nothing in it: a GetItem that found no item, a PutItem that succeeded. */
    static CannedHttpClient dynamoDbEmptyAnswer() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        return new CannedHttpClient(Map.of("Content-Type", List.of("application/x-amz-json-1.0"), "Content-Length", List.of(String.valueOf(body.length)),
                "x-amzn-RequestId", List.of("priming")), body);
    }

    /** S3's answer to a GetObject: an object with these bytes and this content type. */
    static CannedHttpClient s3Object(byte[] bytes, String contentType) {
        return new CannedHttpClient(Map.of("Content-Type", List.of(contentType), "Content-Length", List.of(String.valueOf(bytes.length)),
                "ETag", List.of("\"precis-priming\""), "Last-Modified", List.of(HTTP_DATE), "x-amz-request-id", List.of("priming")), bytes.clone());
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                if (request.contentStreamProvider().isPresent()) {
                    try (InputStream sent = request.contentStreamProvider().get().newStream()) {
                        sent.transferTo(OutputStream.nullOutputStream());
                    }
                }
                SdkHttpResponse.Builder response = SdkHttpResponse.builder().statusCode(200).statusText("OK");
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
