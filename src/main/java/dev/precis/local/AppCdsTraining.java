package dev.precis.local;

import dev.precis.store.TableDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The build's AppCDS training run: the summarizing function started as Lambda starts it, in a fresh
 * JVM with Lambda's flags and the function's environment (settings, region, credentials and
 * endpoints from variables, so the SDK resolves them through its default chains), running its init
 * and one S3 event for a document uploaded to the local servers, and archiving the classes it
 * loaded when it exits. The archive then holds what a cold start loads, and little else: a run of
 * the {@code demo} command instead (local clients built in code, the servers' set-up) left about
 * 200 classes of the function's path out and put others in.
 *
 * <p>Usage: {@code AppCdsTraining ARCHIVE JAR DOCUMENT}. The archive can only be used with the
 * class path string the training ran with, so JAR is given as it will be given to {@code -cp}.
 */
public final class AppCdsTraining {
    /** The flags the Lambda Java runtime starts its JVM with; the function's own come from JAVA_TOOL_OPTIONS. */
    public static final List<String> LAMBDA_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final String BUCKET = "precis-documents-training";
    private static final String TABLE = "precis-summaries-training";
    private static final long TIMEOUT_SECONDS = 300;

    private AppCdsTraining() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: AppCdsTraining ARCHIVE JAR DOCUMENT");
            System.exit(2);
        }
        Path archive = Path.of(args[0]);
        Path jar = Path.of(args[1]);
        Path document = Path.of(args[2]);
        int exit = train(archive, jar, document);
        if (exit != 0) {
            System.err.println("AppCDS training: the function's run exited with status " + exit + ", so " + archive + " is not usable");
            System.exit(1);
        }
        System.err.println("AppCDS training: wrote " + archive);
    }

    /** @return the training JVM's exit status */
    static int train(Path archive, Path jar, Path document) throws IOException, InterruptedException {
        byte[] content = Files.readAllBytes(document);
        String key = "incoming/" + document.getFileName();
        Path event = Files.createTempFile("precis-training-event-", ".json");
        try (LocalServers local = LocalServers.start(LocalServers.nodeModules());
             S3Client uploader = local.uploadingS3Client();
             DynamoDbClient dynamo = local.dynamoDbClient()) {
            uploader.createBucket(b -> b.bucket(BUCKET));
            TableDefinition.create(dynamo, TABLE);
            uploader.putObject(b -> b.bucket(BUCKET).key(key).contentType("text/plain; charset=utf-8"), RequestBody.fromBytes(content));
            Files.writeString(event, S3Events.event("ObjectCreated:Put", BUCKET, key, (long) content.length, null, "0000000000000001"),
                    StandardCharsets.UTF_8);

            ProcessBuilder builder = new ProcessBuilder(command(archive, jar, event)).inheritIO();
            local.putFunctionEnvironment(builder.environment(), TABLE, BUCKET);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the function's run did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return process.exitValue();
        } finally {
            Files.deleteIfExists(event);
        }
    }

    /** {@code precis invoke EVENT} in a JVM that writes the archive when it exits. */
    static List<String> command(Path archive, Path jar, Path event) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:ArchiveClassesAtExit=" + archive);
        command.addAll(LAMBDA_FLAGS);
        command.addAll(List.of("-cp", jar.toString(), "dev.precis.cli.Main", "invoke", event.toString()));
        return command;
    }
}
