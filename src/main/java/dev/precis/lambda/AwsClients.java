package dev.precis.lambda;

import dev.precis.pipeline.Deadline;
import java.security.Security;
import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The function's AWS clients: the URLConnection HTTP client (the fastest cold start of the SDK's
 * clients; no Apache or Netty on the classpath), region, credentials and endpoints from the SDK's
 * standard settings (AWS_REGION, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_DYNAMODB, ...), so the same
 * code talks to AWS, to {@code sam local} and to the local servers. Build once per container.
 *
 * <p>Loading this class also turns off the JVM's own cache of DNS answers ({@link #resolveNamesAfresh()}),
 * before any client can make a request.
 */
public final class AwsClients {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Attempts per DynamoDB call. The SDK's default for DynamoDB (9 attempts, long backoff when
     * throttled) spent 50 s on one throttled call; Lambda's own retry of the event waits longer and
     * costs nothing meanwhile.
     */
    static final int DYNAMODB_ATTEMPTS = 3;
    /**
     * One DynamoDB call with its retries ends within this: less than {@link Deadline#MARGIN}, so a
     * write that starts before the deadline ends (or fails, retryably) before Lambda's timeout.
     */
    static final Duration DYNAMODB_CALL_TIMEOUT = Duration.ofSeconds(4);

    /** The security property that sets how long the JVM keeps an address it looked up. */
    static final String DNS_CACHE_SECONDS = "networkaddress.cache.ttl";

    static {
        resolveNamesAfresh();
    }

    private AwsClients() {}

    /**
     * Turns off the JVM's cache of DNS answers (by default it keeps an address for 30 s), unless this
     * JVM was given a setting of its own ({@code networkaddress.cache.ttl} as a security property,
     * {@code -Dsun.net.inetaddr.ttl}), so each new connection asks the system's resolver, which on
     * Lambda caches already. Failed lookups keep the JDK's setting (10 s, in {@code java.security}).
     *
     * <p>Why: under SnapStart the priming resolves the S3 and DynamoDB endpoints before the snapshot,
     * and the JVM's cache would hand those addresses to environments restored from it later; AWS
     * advises against a JVM DNS cache with SnapStart, as a cause of timeouts after a restore. The JVM
     * reads the setting once, at its first cached lookup, hence here: before any client is built.
     */
    static void resolveNamesAfresh() {
        if (Security.getProperty(DNS_CACHE_SECONDS) == null && System.getProperty("sun.net.inetaddr.ttl") == null) {
            Security.setProperty(DNS_CACHE_SECONDS, "0");
        }
    }

    /** @param pathStyle path-style addressing (bucket in the path), which local S3 servers need */
    public static S3ClientBuilder s3Builder(boolean pathStyle) {
        return S3Client.builder()
                .httpClient(httpClient())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build());
    }

    public static DynamoDbClientBuilder dynamoDbBuilder() {
        return DynamoDbClient.builder().httpClient(httpClient())
                .overrideConfiguration(c -> c.apiCallTimeout(DYNAMODB_CALL_TIMEOUT)
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(DYNAMODB_ATTEMPTS).build()));
    }

    private static SdkHttpClient httpClient() {
        return SharedHttpClient.INSTANCE;
    }

    /**
     * One HTTP client for every SDK client of the process: its TLS set-up (trust store, cipher
     * suites) is done once, by whichever client is built first. The SDK never closes a client it was
     * given, and the URLConnection client holds no threads, so nothing needs closing at exit.
     */
    private static final class SharedHttpClient {
        static final SdkHttpClient INSTANCE = UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(SOCKET_TIMEOUT).build();
    }
}
