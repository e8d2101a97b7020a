package dev.precis.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.utils.DateUtils;

/**
 * Reads an object through a bounded stream: never more than the limit plus one byte, so an object
 * over the limit costs one small read, whatever its size. A body shorter than its Content-Length
 * (the connection dropped mid-stream) is a retryable failure, never half a document. Thread-safe.
 */
public final class ObjectReader {
    /** Not an ETag: those are hex digests, quoted. */
    private static final String NO_ETAG = "\"precis-priming\"";
    /** A Last-Modified header's value, in the form S3 sends it. */
    private static final String HTTP_DATE = "Thu, 01 Jan 2026 00:00:00 GMT";

    private final S3Client s3;

    public ObjectReader(S3Client s3) {
        this.s3 = s3;
    }

    /** What a read found. */
    public sealed interface Read {}

    public record Content(byte[] bytes, String contentType) implements Read {}

    /** @param size the object's size when S3 said it, else -1 (then it is only known to be over the limit) */
    public record TooLarge(long size) implements Read {}

    /** The object (or that version of it) no longer exists. */
    public record Missing() implements Read {}

    /**
     * One read that can never return a body, for priming: GetObject on the condition that the object's
     * ETag is one no object has, so S3 answers 404 (no such key) or 412 (the condition failed), and
     * the SDK's read path (endpoint, signing, HTTP, error parsing) is loaded. Should a server ignore
     * the condition, the body is aborted unread. What only a successful read's response loads, its
     * model and the parsing of its Last-Modified date (the JDK's locale data, about 20 ms of the
     * first read otherwise), is loaded here without one.
     *
     * @return whether S3 answered (with anything), false when it could not be reached
     */
    public boolean probe(String bucket, String key) {
        GetObjectResponse.builder().lastModified(DateUtils.parseRfc822Date(HTTP_DATE)).build();
        try {
            s3.getObject(b -> b.bucket(bucket).key(key).ifMatch(NO_ETAG)).abort();
            return true;
        } catch (S3Exception e) {
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    /**
     * @param versionId the version the event names, or null for the current one
     * @throws software.amazon.awssdk.core.exception.SdkException for anything else S3 says (the caller classifies it)
     * @throws UncheckedIOException when the body could not be read whole (retryable)
     */
    public Read read(String bucket, String key, String versionId, long maxBytes) {
        if (maxBytes < 1 || maxBytes >= Integer.MAX_VALUE) throw new IllegalArgumentException("maxBytes must be in [1, " + (Integer.MAX_VALUE - 1) + "]");
        ResponseInputStream<GetObjectResponse> in;
        try {
            in = s3.getObject(b -> b.bucket(bucket).key(key).versionId(versionId));
        } catch (NoSuchKeyException e) {
            return new Missing();
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && !"NoSuchBucket".equals(e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode())) return new Missing();
            throw e;
        }
        try (in) {
            Long length = in.response().contentLength();
            if (length != null && length > maxBytes) {
                in.abort();
                return new TooLarge(length);
            }
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                in.abort();
                return new TooLarge(-1);
            }
            if (length != null && bytes.length != length) {
                // the HTTP client reports a connection closed mid-body as a normal end of stream
                throw new IOException("the object's body ended after " + bytes.length + " of " + length + " bytes");
            }
            return new Content(bytes, in.response().contentType());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the object failed", e);
        }
    }
}
