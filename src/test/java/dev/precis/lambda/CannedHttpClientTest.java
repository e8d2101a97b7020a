package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.config.Settings;
import dev.precis.engine.SummaryLength;
import dev.precis.engine.Summarizer;
import dev.precis.extract.TextExtractor;
import dev.precis.pipeline.ObjectReader;
import dev.precis.store.Sequencer;
import dev.precis.store.Status;
import dev.precis.store.SummaryRecord;
import dev.precis.store.SummaryStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The priming's canned answers, through SDK clients configured like the function's whose endpoint
 * is the discard port, where nothing listens: every answer below comes from the canned client, none
 * from a network.
 */
class CannedHttpClientTest {
    private static final URI NOTHING_LISTENS = URI.create("http://127.0.0.1:9");
    private static final StaticCredentialsProvider KEYS = StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s"));

    private static S3Client s3(CannedHttpClient http) {
        return AwsClients.s3Builder(true).httpClient(http).endpointOverride(NOTHING_LISTENS).region(Region.US_EAST_1).credentialsProvider(KEYS).build();
    }

    @Test
    void s3Object_isReadAsTheObject() {
        byte[] bytes = "A short text.\n".getBytes(StandardCharsets.UTF_8);
        try (S3Client s3 = s3(CannedHttpClient.s3Object(bytes, "text/plain; charset=utf-8"))) {
            ObjectReader.Read read = new ObjectReader(s3).read("bucket", "key", null, 1000);
            ObjectReader.Content content = assertInstanceOf(ObjectReader.Content.class, read);
            assertArrayEquals(bytes, content.bytes());
            assertEquals("text/plain; charset=utf-8", content.contentType());
        }
    }

    @Test
    void dynamoDbEmptyAnswer_findsNoItem_andTakesTheConditionalWrite() {
        try (DynamoDbClient dynamo = AwsClients.dynamoDbBuilder().httpClient(CannedHttpClient.dynamoDb(Map.of()))
                .endpointOverride(NOTHING_LISTENS).region(Region.US_EAST_1).credentialsProvider(KEYS).build()) {
            SummaryStore store = new SummaryStore(dynamo, "table");
            assertTrue(store.storedSequencer("bucket", "key").isEmpty());
            SummaryRecord record = new SummaryRecord("bucket", "key", null, null, 1L, "text/plain", Sequencer.parse("0A"), "ObjectCreated:Put",
                    Status.SKIPPED, "empty object", null, null, List.of(), null, Instant.now());
            assertEquals(SummaryStore.Write.WRITTEN, store.put(record));
        }
    }

    @Test
    void dynamoDb_answersEachOperationWithItsBody_andKeepsTheLastRequestSent() {
        byte[] item = "{\"Item\":{\"sequencer\":{\"S\":\"00000000000000000000000000000000000000000000000A\"}}}".getBytes(StandardCharsets.UTF_8);
        CannedHttpClient http = CannedHttpClient.dynamoDb(Map.of("GetItem", item));
        try (DynamoDbClient dynamo = AwsClients.dynamoDbBuilder().httpClient(http)
                .endpointOverride(NOTHING_LISTENS).region(Region.US_EAST_1).credentialsProvider(KEYS).build()) {
            SummaryStore store = new SummaryStore(dynamo, "the-table");
            assertTrue(store.storedSequencer("bucket", "key").isPresent(), "GetItem got the item it was given");
            String sent = new String(http.lastRequestBody(), StandardCharsets.UTF_8);
            assertTrue(sent.contains("\"TableName\":\"the-table\""), sent);
        }
    }

    @Test
    void processEventOnce_storesTheBuiltInEvent_againstTheCannedAnswers() {
        Settings settings = new Settings("table", Settings.DEFAULT_MAX_OBJECT_BYTES, SummaryLength.DEFAULT, true, "documents");
        assertTrue(SnapStartPriming.processEventOnce(settings, Region.EU_WEST_1, new TextExtractor(), Summarizer.load()));
    }
}
