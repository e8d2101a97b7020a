package dev.precis.lookup;

import dev.precis.log.JsonLog;
import dev.precis.pipeline.Retryable;
import dev.precis.store.AttributeMapper;
import dev.precis.store.ListingIndex;
import dev.precis.store.SummaryItem;
import dev.precis.store.SummaryReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The lookup API's two operations, for any transport (the Lambda handler behind API Gateway, the
 * local server of {@code precis serve}):
 * <ul>
 *   <li>{@code GET /summaries/{bucket}/{key}}: the stored item (200, with a strong ETag; 304 when
 *       {@code If-None-Match} names it), 404 when the table has none, 400 for names S3 would refuse;</li>
 *   <li>{@code GET /summaries?bucket=B&prefix=P&limit=N&cursor=C}: a page of the bucket's summaries
 *       under the prefix, in key order (UTF-8 byte order, as DynamoDB sorts), with the cursor of the
 *       next page or null.</li>
 * </ul>
 * Errors are {@code {"error", "message"}} bodies. One log line per request: route, bucket, key,
 * status, counts and time; never a summary's text.
 */
public final class LookupApi {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** Table attributes a response never shows: the table key and the listing index's key. */
    static final Set<String> INTERNAL = Set.of(SummaryItem.PK, ListingIndex.SHARD);
    private static final Set<String> LIST_PARAMETERS = Set.of("bucket", "prefix", "limit", "cursor");
    private static final String SUMMARIES = "/summaries";

    private final SummaryReader reader;
    private final JsonLog log;

    public LookupApi(SummaryReader reader, JsonLog log) {
        if (reader == null) throw new IllegalArgumentException("reader is required");
        if (log == null) throw new IllegalArgumentException("log is required");
        this.reader = reader;
        this.log = log;
    }

    /**
     * Routes a request whose path is still percent-encoded (the local server's raw path): {@code /summaries}
     * lists, {@code /summaries/BUCKET/KEY...} looks one document up, with bucket and key decoded once.
     */
    public ApiResponse route(String method, String rawPath, String rawQuery, String ifNoneMatch) {
        if (!rawPath.equals(SUMMARIES) && !rawPath.startsWith(SUMMARIES + "/")) return unknownRoute();
        if (!"GET".equals(method)) {
            return new ApiResponse(405, Map.of("Allow", "GET", "Content-Type", ApiResponse.JSON),
                    ApiResponse.error(405, "method_not_allowed", "only GET is served").body());
        }
        if (rawPath.equals(SUMMARIES)) return list(rawQuery);
        String rest = rawPath.substring(SUMMARIES.length() + 1);
        int slash = rest.indexOf('/');
        if (slash < 0) return invalid(new InvalidRequestException("the path is /summaries/BUCKET/KEY: the key is missing"), "get", null, null);
        String bucket;
        String key;
        try {
            bucket = UrlCoding.decodePath(rest.substring(0, slash), "bucket");
            key = UrlCoding.decodePath(rest.substring(slash + 1), "key");
        } catch (InvalidRequestException e) {
            return invalid(e, "get", null, null);
        }
        return get(bucket, key, ifNoneMatch);
    }

    /** One document, by its decoded bucket and key. */
    public ApiResponse get(String bucket, String key, String ifNoneMatch) {
        long start = System.nanoTime();
        try {
            S3Names.bucket(bucket);
            S3Names.key(key);
            Optional<Map<String, AttributeValue>> item = reader.find(bucket, key);
            if (item.isEmpty()) {
                logged("get", bucket, key, 404, start, null);
                return notFound("no summary for this bucket and key");
            }
            byte[] body = LookupJson.bytes(visible(item.get()));
            String etag = EntityTag.of(body);
            Map<String, String> headers = Map.of("ETag", etag, "Cache-Control", "no-cache");
            if (EntityTag.matches(ifNoneMatch, etag)) {
                logged("get", bucket, key, 304, start, null);
                return new ApiResponse(304, headers, null);
            }
            logged("get", bucket, key, 200, start, null);
            return ApiResponse.json(200, new String(body, StandardCharsets.UTF_8), headers);
        } catch (InvalidRequestException e) {
            return invalid(e, "get", bucket, key);
        } catch (RuntimeException | IOException e) {
            return failed(e, "get", bucket, key);
        }
    }

    /** A listing, from the raw (still encoded) query string. */
    public ApiResponse list(String rawQuery) {
        Map<String, List<String>> query;
        try {
            query = UrlCoding.parseQuery(rawQuery);
        } catch (InvalidRequestException e) {
            return invalid(e, "list", null, null);
        }
        return list(query);
    }

    /** A listing, from decoded query parameters. */
    public ApiResponse list(Map<String, List<String>> query) {
        long start = System.nanoTime();
        String bucket = null;
        try {
            for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
                if (!LIST_PARAMETERS.contains(parameter.getKey())) {
                    throw new InvalidRequestException("unknown query parameter (expected bucket, prefix, limit, cursor)");
                }
                if (parameter.getValue().size() > 1) throw new InvalidRequestException(parameter.getKey() + " is given more than once");
            }
            bucket = S3Names.bucket(single(query, "bucket"));
            String prefix = S3Names.prefix(single(query, "prefix"));
            int limit = limit(single(query, "limit"));
            String token = single(query, "cursor");
            String after = token == null || token.isEmpty() ? null : Cursor.decode(token, bucket, prefix).after();

            SummaryReader.Page page = reader.list(bucket, prefix, after, limit);
            List<Map<String, Object>> items = new ArrayList<>(page.items().size());
            for (Map<String, AttributeValue> entry : page.items()) items.add(visible(entry));
            String next = page.more() && !items.isEmpty()
                    ? new Cursor(bucket, prefix, (String) items.get(items.size() - 1).get(ListingIndex.SORT)).encode()
                    : null;
            Map<String, Object> listing = new LinkedHashMap<>(); // items first, then the cursor
            listing.put("items", items);
            listing.put("cursor", next);
            String body = LookupJson.string(listing);
            logged("list", bucket, null, 200, start, items.size());
            return ApiResponse.json(200, body, Map.of("Cache-Control", "no-cache"));
        } catch (InvalidRequestException e) {
            return invalid(e, "list", bucket, null);
        } catch (RuntimeException | IOException e) {
            return failed(e, "list", bucket, null);
        }
    }

    private static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static int limit(String raw) {
        if (raw == null || raw.isEmpty()) return DEFAULT_LIMIT;
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= MAX_LIMIT) return limit;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException("limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static Map<String, Object> visible(Map<String, AttributeValue> item) {
        Map<String, Object> plain = AttributeMapper.toPlain(item);
        plain.keySet().removeAll(INTERNAL);
        return LookupJson.canonical(plain);
    }

    private ApiResponse invalid(InvalidRequestException e, String route, String bucket, String key) {
        log.info("lookup", "route", route, "bucket", bucket, "key", key, "status", 400, "reason", e.getMessage());
        return ApiResponse.error(400, "invalid_request", e.getMessage());
    }

    private ApiResponse failed(Exception e, String route, String bucket, String key) {
        boolean retryable = e instanceof SdkException && Retryable.isRetryable(e);
        int status = retryable ? 503 : 500;
        log.error("lookup failed", "route", route, "bucket", bucket, "key", key, "status", status, "error", e.getClass().getName());
        return retryable
                ? ApiResponse.error(503, "unavailable", "the summaries table did not answer; retry with backoff")
                : ApiResponse.error(500, "internal", "the lookup failed; the function's log has the error class");
    }

    /** 404 for a path the API does not serve. */
    public ApiResponse unknownRoute() {
        return notFound("no such route: GET /summaries/{bucket}/{key} or GET /summaries?bucket=B");
    }

    private static ApiResponse notFound(String message) {
        return ApiResponse.error(404, "not_found", message);
    }

    private void logged(String route, String bucket, String key, int status, long start, Integer items) {
        log.info("lookup", "route", route, "bucket", bucket, "key", key, "status", status, "items", items,
                "ms", (System.nanoTime() - start) / 1_000_000);
    }
}
