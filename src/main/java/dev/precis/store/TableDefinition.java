package dev.precis.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The summaries table's key, listing index and billing, as template.yaml declares them (a test
 * keeps the two equal). Used to create the table on local servers; on AWS the template creates it.
 */
public final class TableDefinition {
    private TableDefinition() {}

    public static CreateTableRequest createRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(stringAttribute(SummaryItem.PK), stringAttribute(ListingIndex.SHARD), stringAttribute(ListingIndex.SORT))
                .keySchema(key(SummaryItem.PK, KeyType.HASH))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(ListingIndex.NAME)
                        .keySchema(key(ListingIndex.SHARD, KeyType.HASH), key(ListingIndex.SORT, KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes(ListingIndex.PROJECTED).build())
                        .build())
                .build();
    }

    /** Creates the table and waits until it is active. */
    public static void create(DynamoDbClient dynamo, String tableName) {
        dynamo.createTable(createRequest(tableName));
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
