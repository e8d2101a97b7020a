package dev.precis.bench;

import dev.precis.config.Settings;
import dev.precis.lambda.AwsClients;
import dev.precis.nlp.Nlp;
import dev.precis.nlp.SentenceSplitter;
import dev.precis.store.SummaryItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The cold-start floor of this job with the AWS SDK: the least any function that summarizes an S3
 * upload into DynamoDB must do, with nothing of Précis's own beyond it. One thread, in order: the S3
 * and DynamoDB clients built as the function builds them ({@link AwsClients}: the same HTTP client
 * and settings), the three OpenNLP models loaded; then, for the event's one record, the object read,
 * its text split into sentences (the function's splitter over OpenNLP's detector), and one item
 * written. No priming, no cleaning, no scoring, no key facts. The cold-start benchmark runs it
 * beside {@code precis invoke}, in the same fresh JVMs, so the distance between the two is what
 * Précis itself costs, and the floor is what the SDK and the models alone cost on that machine.
 * Prints the same stderr line as {@code precis invoke}, so both are read alike.
 */
final class SdkFloor {
    /** Items the floor writes start with this, apart from the function's. */
    static final String KEY_PREFIX = "sdk-floor/";

    /** @param initMs clients and models @param invocationMs read, split, write @param sentences in the object */
    record Timings(long initMs, long invocationMs, int sentences) {}

    private SdkFloor() {}

    /** {@code SdkFloor EVENT.json}, with the function's environment (TABLE_NAME, S3_FORCE_PATH_STYLE, endpoints). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: SdkFloor EVENT.json");
        Settings settings = Settings.fromEnvironment();
        Timings t = run(settings, () -> AwsClients.s3Builder(settings.s3PathStyle()).build(), () -> AwsClients.dynamoDbBuilder().build(), Path.of(args[0]));
        System.err.println(ColdStart.timingsLine(t.initMs(), t.invocationMs()));
        System.out.println("{ \"stored\" : 1, \"sentences\" : " + t.sentences() + " }");
    }

    static Timings run(Settings settings, Supplier<S3Client> s3Client, Supplier<DynamoDbClient> dynamoClient, Path event) throws IOException {
        long start = System.nanoTime();
        S3Client s3 = s3Client.get();
        DynamoDbClient dynamo = dynamoClient.get();
        SentenceSplitter splitter = new SentenceSplitter(Nlp.loadEnglish());
        long initialized = System.nanoTime();

        ColdStart.EventObject object = ColdStart.EventObject.firstIn(event);
        byte[] body = s3.getObjectAsBytes(b -> b.bucket(object.bucket()).key(object.key())).asByteArray();
        int sentences = splitter.split(new String(body, StandardCharsets.UTF_8)).size();
        dynamo.putItem(b -> b.tableName(settings.tableName()).item(Map.of(
                SummaryItem.PK, AttributeValue.fromS(KEY_PREFIX + object.bucket() + "/" + object.key()),
                "sentences", AttributeValue.fromN(Integer.toString(sentences)))));
        long invoked = System.nanoTime();
        return new Timings((initialized - start) / 1_000_000, (invoked - initialized) / 1_000_000, sentences);
    }
}
