package dev.precis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.pipeline.LocalPipeline;
import dev.precis.store.SummaryItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The benchmark's SDK floor does its one read and one write for real, against the local servers. */
class SdkFloorIT {
    @Test
    void floor_readsTheObject_splitsIt_andWritesOneItem(@TempDir Path dir) throws Exception {
        LocalPipeline local = LocalPipeline.get();
        String text = "The council met on Tuesday. It approved the harbour plan. Critics said it moved too fast.";
        String key = LocalPipeline.uniqueKey("floor é.txt");
        local.upload(key, text.getBytes(StandardCharsets.UTF_8));
        Path event = LocalPipeline.createdEventFile(dir, key, text.length());

        SdkFloor.Timings t = SdkFloor.run(LocalPipeline.settings(1 << 20), local.servers::s3Client, local.servers::dynamoDbClient, event);

        assertEquals(3, t.sentences());
        assertTrue(t.initMs() >= 0 && t.invocationMs() >= 0, t.toString());
        Map<String, AttributeValue> item = local.dynamo.getItem(b -> b.tableName(LocalPipeline.TABLE)
                .key(Map.of(SummaryItem.PK, AttributeValue.fromS(SdkFloor.KEY_PREFIX + LocalPipeline.BUCKET + "/" + key)))).item();
        assertEquals("3", item.get("sentences").n(), "the floor wrote its one item");
    }
}
