package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.local.LocalServers;
import dev.precis.local.TestServers;
import dev.precis.store.SummaryStore;
import dev.precis.store.TableDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code java -jar target/precis.jar invoke EVENT.json} with nothing but the environment, as in
 * Lambda: the handler's no-argument constructor, settings from TABLE_NAME etc., endpoints from the
 * SDK's standard AWS_ENDPOINT_URL_* variables.
 */
class InvokeCommandIT {
    private static final String BUCKET = "precis-documents-invoke";
    private static final String TABLE = "precis-summaries-invoke";
    private static LocalServers servers;

    @BeforeAll
    static void setUp() throws Exception {
        servers = TestServers.get();
        S3Client uploader = servers.uploadingS3Client();
        uploader.createBucket(b -> b.bucket(BUCKET));
        uploader.putObject(b -> b.bucket(BUCKET).key("incoming/sample-article.txt"),
                RequestBody.fromBytes(Files.readAllBytes(Path.of("events/documents/sample-article.txt"))));
        TableDefinition.create(servers.dynamoDbClient(), TABLE);
    }

    private static Map<String, String> environment() {
        return new HashMap<>(servers.functionEnvironment(TABLE, BUCKET));
    }

    /** events/object-created.json with this test's bucket, so it shares nothing with other tests. */
    private static Path eventFile() throws Exception {
        Path file = Files.createTempFile("precis-event-", ".json");
        Files.writeString(file, Files.readString(Path.of("events/object-created.json")).replace("precis-documents-local", BUCKET));
        return file;
    }

    @Test
    void invoke_runsTheHandlerFromTheEnvironmentAndPrintsItsResult() throws Exception {
        Path event = eventFile();
        JarRun run = JarRun.run(environment(), "invoke", event.toString());
        Files.delete(event);

        assertEquals(0, run.exitCode(), run.stderr());
        JsonNode result = new ObjectMapper().readTree(run.stdout().substring(run.stdout().indexOf("\n{\n") + 1));
        assertEquals(1, result.path("stored").asInt(), run.stdout());
        assertEquals("incoming/sample-article.txt", result.path("outcomes").path(0).path("key").asText());

        DynamoDbClient dynamo = servers.dynamoDbClient();
        Map<String, AttributeValue> item = new SummaryStore(dynamo, TABLE).get(BUCKET, "incoming/sample-article.txt").orElseThrow();
        assertEquals("DONE", item.get("status").s());
        assertFalse(run.stdout().contains("tidal energy"), "document text in the output or logs");
        assertFalse(run.stdout().contains("S3RVER"), "environment values in the logs");
    }

    @Test
    void invoke_withoutTableName_saysWhichSettingIsMissing() throws Exception {
        Map<String, String> env = environment();
        env.remove("TABLE_NAME");
        JarRun run = JarRun.run(env, "invoke", "events/object-created.json");
        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().startsWith("precis: TABLE_NAME is not set"), run.stderr());
    }

    @Test
    void invoke_withAMissingFile_saysSo() throws Exception {
        JarRun run = JarRun.run(environment(), "invoke", "events/no-such-event.json");
        assertEquals(1, run.exitCode());
        assertEquals("precis: events/no-such-event.json: no such file", run.stderr().trim());
    }
}
