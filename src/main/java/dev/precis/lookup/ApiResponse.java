package dev.precis.lookup;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer of the lookup API, independent of how it travels (API Gateway or the local server).
 *
 * @param status the HTTP status
 * @param headers response headers (Content-Type, ETag, Cache-Control, ...)
 * @param body the JSON body, or null (304)
 */
public record ApiResponse(int status, Map<String, String> headers, String body) {
    static final String JSON = "application/json; charset=utf-8";

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    static ApiResponse json(int status, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", JSON);
        headers.putAll(extraHeaders);
        return new ApiResponse(status, headers, body);
    }

    /** {@code {"error": code, "message": message}}. */
    static ApiResponse error(int status, String code, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        try {
            return json(status, LookupJson.string(body), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException("two strings always render", e);
        }
    }
}
