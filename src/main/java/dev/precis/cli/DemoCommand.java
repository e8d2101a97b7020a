package dev.precis.cli;

import dev.precis.config.Settings;
import dev.precis.engine.SummaryLength;
import dev.precis.lambda.S3EventHandler;
import dev.precis.local.LocalServers;
import dev.precis.local.S3Events;
import dev.precis.store.AttributeMapper;
import dev.precis.store.SummaryStore;
import dev.precis.store.TableDefinition;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * {@code demo [FILE]}: the whole pipeline on this machine, no AWS account and no Docker. Starts the
 * local S3 and DynamoDB servers (node_modules), creates the bucket and the table as the template
 * defines them, uploads the document, delivers the S3 event to the Lambda handler, prints the
 * stored item, and stops the servers. Progress goes to stderr, the handler's JSON logs and the
 * stored item to stdout.
 */
final class DemoCommand {
    static final String USAGE = "demo [FILE]";
    static final String DEFAULT_DOCUMENT = "events/documents/sample-article.txt";
    static final String BUCKET = "precis-documents-local";
    static final String TABLE = "precis-summaries-local";

    private DemoCommand() {}

    static void run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length > 2) throw new CliException("usage: precis " + USAGE, 2);
        Path document = Path.of(args.length == 2 ? args[1] : DEFAULT_DOCUMENT);
        if (!Files.isRegularFile(document)) throw new CliException(document + ": no such file (run the demo from the project folder, or name a file)");
        byte[] content = Files.readAllBytes(document);
        if (content.length > Settings.DEFAULT_MAX_OBJECT_BYTES) throw new CliException(document + ": larger than " + Settings.DEFAULT_MAX_OBJECT_BYTES + " bytes");

        err.println("precis demo: starting local S3 (s3rver) and DynamoDB (dynalite) servers");
        try (LocalServers local = LocalServers.start(LocalServers.nodeModules());
             S3Client uploader = local.uploadingS3Client();
             S3Client s3 = local.s3Client();
             DynamoDbClient dynamo = local.dynamoDbClient()) {
            err.println("precis demo: S3 at " + local.s3Endpoint() + ", DynamoDB at " + local.dynamoDbEndpoint());
            uploader.createBucket(b -> b.bucket(BUCKET));
            TableDefinition.create(dynamo, TABLE);
            String key = "incoming/" + document.getFileName();
            uploader.putObject(b -> b.bucket(BUCKET).key(key).contentType("text/plain; charset=utf-8"), RequestBody.fromBytes(content));
            HeadObjectResponse head = uploader.headObject(b -> b.bucket(BUCKET).key(key));
            err.println("precis demo: uploaded s3://" + BUCKET + "/" + key + " (" + head.contentLength() + " bytes)");

            String sequencer = String.format("%016X", System.currentTimeMillis() * 1000);
            byte[] event = S3Events.event("ObjectCreated:Put", BUCKET, key, head.contentLength(), unquote(head.eTag()), sequencer).getBytes(StandardCharsets.UTF_8);
            Settings settings = new Settings(TABLE, Settings.DEFAULT_MAX_OBJECT_BYTES, SummaryLength.DEFAULT, true, BUCKET);
            S3EventHandler handler = S3EventHandler.initialized(settings, () -> s3, () -> dynamo);
            err.println("precis demo: delivering the ObjectCreated:Put event to " + S3EventHandler.class.getSimpleName());
            InvokeCommand.invoke(handler, event, "the demo event");

            Map<String, Object> item = new SummaryStore(dynamo, TABLE).get(BUCKET, key).map(AttributeMapper::toPlain)
                    .orElseThrow(() -> new CliException("the handler stored no item for " + key));
            err.println("precis demo: stored item in table " + TABLE + ":");
            out.println(Json.pretty(item));
            out.flush();
            err.println("precis demo: stopping the local servers");
        }
    }

    private static String unquote(String eTag) {
        return eTag == null ? null : eTag.replace("\"", "");
    }
}
