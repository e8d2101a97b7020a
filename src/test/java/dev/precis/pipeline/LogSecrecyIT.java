package dev.precis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.lambda.AwsClients;
import dev.precis.lambda.RecordsFailedException;
import dev.precis.lambda.S3EventHandler;
import dev.precis.local.LocalServers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Everything a full run prints (the handler's JSON log lines on stdout, and stderr) holds ids,
 * counts and reasons, never the document's text, the environment's values or the credentials:
 * an upload summarized, a broken document stored as FAILED, and a record that fails because the
 * table is unreachable.
 */
class LogSecrecyIT {
    /** Made-up words and sentences that exist only in the documents below. */
    private static final List<String> SECRETS = List.of("Quorvalinth", "Brimblestowe", "Zephyrcaine", "Maltravore",
            "The Quorvalinth council met in Brimblestowe on Tuesday",
            "Zephyrcaine said the Maltravore budget would double");
    private static final String ARTICLE = "Quorvalinth council approves Maltravore budget\n\n"
            + "The Quorvalinth council met in Brimblestowe on Tuesday to approve the new Maltravore budget. "
            + "Mayor Zephyrcaine said the Maltravore budget would double the money for the Brimblestowe ferry. "
            + "Residents of Brimblestowe welcomed the plan, and the Quorvalinth vote was unanimous.\n\n"
            + "Work on the Maltravore harbour starts in May, Zephyrcaine said.";

    @Test
    void fullRun_logsNoDocumentTextNoEnvironmentAndNoCredentials() {
        LocalPipeline local = LocalPipeline.get();
        String good = LocalPipeline.uniqueKey("notes.txt");
        String broken = LocalPipeline.uniqueKey("broken.pdf");
        String unreachable = LocalPipeline.uniqueKey("later.txt");
        byte[] article = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] brokenPdf = ("%PDF-1.7\n1 0 obj <</Type /Catalog>>\n" + ARTICLE + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
        local.upload(good, article);
        local.upload(broken, brokenPdf, "application/pdf");
        local.upload(unreachable, article);

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        System.setOut(capture);
        System.setErr(capture);
        try {
            S3EventHandler handler = local.handler(); // its log writes to the stdout it finds when built
            handler.handle(LocalPipeline.created(good, article.length, LocalPipeline.nextSequencer()), null);
            handler.handle(LocalPipeline.created(broken, brokenPdf.length, LocalPipeline.nextSequencer()), null);
            URI closed = URI.create("http://127.0.0.1:" + LocalServers.freePort());
            try (DynamoDbClient down = AwsClients.dynamoDbBuilder().endpointOverride(closed).region(LocalServers.REGION)
                    .credentialsProvider(LocalServers.CREDENTIALS)
                    .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5)).apiCallAttemptTimeout(Duration.ofSeconds(2))).build()) {
                RecordsFailedException e = assertThrows(RecordsFailedException.class, () -> local.handler(local.s3, down)
                        .handle(LocalPipeline.created(unreachable, article.length, LocalPipeline.nextSequencer()), null));
                failures.add(e.getMessage()); // what the Lambda runtime would print
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("DONE", local.item(good).get("status"));
        assertEquals("FAILED", local.item(broken).get("status"));

        String logs = captured.toString(StandardCharsets.UTF_8) + String.join("\n", failures);
        assertTrue(logs.contains("document stored") && logs.contains("record failed"), "the run logged nothing useful: " + logs);
        assertTrue(logs.contains(good), "the log names the object");
        for (String secret : SECRETS) assertFalse(logs.contains(secret), "document text in the logs: " + secret);
        for (Map.Entry<String, String> env : System.getenv().entrySet()) {
            String value = env.getValue();
            if (value.length() > 8) assertFalse(logs.contains(value), "the value of environment variable " + env.getKey() + " is in the logs");
        }
        AwsCredentials credentials = LocalServers.CREDENTIALS.resolveCredentials();
        assertFalse(logs.contains(credentials.accessKeyId()), "the access key is in the logs");
        assertFalse(logs.contains(credentials.secretAccessKey()), "the secret key is in the logs");
    }
}
