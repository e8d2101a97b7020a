package dev.precis.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A DynamoDB endpoint on a loopback port that forwards every request to a real server (dynalite
 * cannot throttle), except that, while throttling, it answers the chosen operations as DynamoDB
 * does when a table's capacity is exceeded: HTTP 400 ProvisionedThroughputExceededException.
 */
public final class ThrottlingProxy implements AutoCloseable {
    private static final Set<String> HOP_HEADERS = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "keep-alive");
    private static final byte[] THROTTLED = ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
            + "\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI upstream;
    private volatile Predicate<String> throttled = operation -> false;
    private final AtomicInteger throttledCount = new AtomicInteger();
    private final AtomicInteger forwardedCount = new AtomicInteger();

    private ThrottlingProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "throttling-proxy");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public static ThrottlingProxy in(URI upstream) throws IOException {
        return new ThrottlingProxy(upstream);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Throttle these operations ("PutItem", "GetItem", ...) from now on; an empty list stops throttling. */
    public void throttle(List<String> operations) {
        throttled = operations::contains;
    }

    public void throttleAll() {
        throttled = operation -> true;
    }

    public int throttledCount() {
        return throttledCount.get();
    }

    public int forwardedCount() {
        return forwardedCount.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
            if (throttled.test(operation)) {
                throttledCount.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
                exchange.getResponseHeaders().set("x-amzn-RequestId", "THROTTLED" + throttledCount.get());
                send(exchange, 400, THROTTLED);
                return;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
                if (HOP_HEADERS.contains(header.getKey().toLowerCase())) continue;
                for (String value : header.getValue()) request.header(header.getKey(), value);
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            forwardedCount.incrementAndGet();
            response.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) exchange.getResponseHeaders().put(name, values);
            });
            send(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
