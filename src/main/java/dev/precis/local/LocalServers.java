package dev.precis.local;

import dev.precis.lambda.AwsClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * A local S3 API server (s3rver) and a local DynamoDB API server (dynalite), both from the
 * project's node_modules, started as child processes on free loopback ports, for the tests and the
 * {@code demo} command. No AWS account, no Docker. {@link #close()} stops both (a JVM shutdown hook
 * does it too if the caller never gets there).
 */
public final class LocalServers implements AutoCloseable {
    public static final Region REGION = Region.US_EAST_1;
    /** s3rver's fixed local key pair (dynalite accepts any): placeholders, not secrets. */
    public static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(AwsBasicCredentials.create("S3RVER", "S3RVER"));
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final List<Server> servers = new ArrayList<>();
    private final Path workDir;
    private final Thread shutdownHook = new Thread(this::stopAll, "precis-local-servers-stop");
    private URI s3Endpoint;
    private URI dynamoDbEndpoint;

    private LocalServers(Path workDir) {
        this.workDir = workDir;
    }

    /** The node_modules folder: system property {@code precis.node.modules}, else ./node_modules. */
    public static Path nodeModules() {
        String configured = System.getProperty("precis.node.modules");
        Path dir = Paths.get(configured != null ? configured : "node_modules").toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("dynalite/cli.js")) || !Files.isRegularFile(dir.resolve("s3rver/bin/s3rver.js"))) {
            throw new IllegalStateException("dynalite and s3rver are not installed in " + dir
                    + ": run `npm ci` in the project folder (`mvn package` does it)");
        }
        return dir;
    }

    /** Starts both servers and waits until they accept connections. */
    public static LocalServers start(Path nodeModules) {
        LocalServers local;
        try {
            local = new LocalServers(Files.createTempDirectory("precis-local-"));
            Files.createDirectories(local.workDir.resolve("s3"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(local.shutdownHook);
        try {
            int s3Port = freePort();
            Server s3 = local.launch("s3rver", s3Port, List.of("node", nodeModules.resolve("s3rver/bin/s3rver.js").toString(),
                    "--directory", local.workDir.resolve("s3").toString(), "--address", "127.0.0.1", "--port", String.valueOf(s3Port), "--silent"));
            int dynamoPort = freePort();
            Server dynamo = local.launch("dynalite", dynamoPort, List.of("node", nodeModules.resolve("dynalite/cli.js").toString(),
                    "--host", "127.0.0.1", "--port", String.valueOf(dynamoPort), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
            s3.awaitListening();
            dynamo.awaitListening();
            local.s3Endpoint = URI.create("http://127.0.0.1:" + s3Port);
            local.dynamoDbEndpoint = URI.create("http://127.0.0.1:" + dynamoPort);
            return local;
        } catch (RuntimeException e) {
            local.close();
            throw e;
        }
    }

    public URI s3Endpoint() {
        return s3Endpoint;
    }

    public URI dynamoDbEndpoint() {
        return dynamoDbEndpoint;
    }

    /** A client configured as the function's (path-style is what local S3 servers need). */
    public S3Client s3Client() {
        return AwsClients.s3Builder(true).endpointOverride(s3Endpoint).region(REGION).credentialsProvider(CREDENTIALS).build();
    }

    /**
     * A client for uploading to s3rver. s3rver stores the aws-chunked framing of the SDK's streaming
     * uploads inside the object, so this client sends plain bodies: chunked encoding off and
     * checksums only where required. Local use only; the function itself only reads.
     */
    public S3Client uploadingS3Client() {
        return AwsClients.s3Builder(true)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .endpointOverride(s3Endpoint).region(REGION).credentialsProvider(CREDENTIALS).build();
    }

    /**
     * Makes {@code environment} (a child process's) a function's that reaches these servers: this
     * process's {@code AWS_*} variables and {@code JAVA_TOOL_OPTIONS} are dropped, so nothing of the
     * machine's leaks in, then {@link #functionEnvironment(String, String)} is added.
     */
    public void putFunctionEnvironment(Map<String, String> environment, String tableName, String documentsBucket) {
        environment.keySet().removeIf(name -> name.startsWith("AWS_") || name.equals("JAVA_TOOL_OPTIONS"));
        environment.putAll(functionEnvironment(tableName, documentsBucket));
    }

    /**
     * The environment a function process (Lambda's variables) needs to reach these servers: the
     * table, the documents bucket when given (null for the lookup function), path-style S3, region,
     * the local key pair and both endpoints. Callers drop their own {@code AWS_*} variables first,
     * so nothing of the machine's leaks in ({@link #putFunctionEnvironment} does both).
     */
    public Map<String, String> functionEnvironment(String tableName, String documentsBucket) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TABLE_NAME", tableName);
        if (documentsBucket != null) env.put("DOCUMENTS_BUCKET", documentsBucket);
        env.put("S3_FORCE_PATH_STYLE", "true");
        env.put("AWS_REGION", REGION.id());
        env.put("AWS_ACCESS_KEY_ID", CREDENTIALS.resolveCredentials().accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", CREDENTIALS.resolveCredentials().secretAccessKey());
        env.put("AWS_ENDPOINT_URL_S3", s3Endpoint.toString());
        env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDbEndpoint.toString());
        return env;
    }

    public DynamoDbClient dynamoDbClient() {
        return AwsClients.dynamoDbBuilder().endpointOverride(dynamoDbEndpoint).region(REGION).credentialsProvider(CREDENTIALS).build();
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }

    private synchronized void stopAll() {
        for (Server server : servers) server.stop();
        servers.clear();
        deleteTree(workDir);
    }

    private Server launch(String name, int port, List<String> command) {
        Path logFile = workDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        try {
            Server server = new Server(name, port, builder.start(), logFile);
            synchronized (this) {
                servers.add(server);
            }
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + " (is Node.js installed and `node` on the PATH?): " + e.getMessage(), e);
        }
    }

    /** A free loopback port, as the operating system hands one out. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private record Server(String name, int port, Process process, Path logFile) {
        void awaitListening() {
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) throw new IllegalStateException(name + " exited with code " + process.exitValue() + ": " + logTail());
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                    return;
                } catch (IOException notYet) {
                    sleep();
                }
            }
            throw new IllegalStateException(name + " did not listen on port " + port + " within " + STARTUP.toSeconds() + " s: " + logTail());
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private String logTail() {
            try {
                String log = Files.readString(logFile);
                return log.length() > 2000 ? log.substring(log.length() - 2000) : log;
            } catch (IOException e) {
                return "(no log)";
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a local server", e);
            }
        }
    }
}
