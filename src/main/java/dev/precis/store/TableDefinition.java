package dev.precis.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The summaries table's key and billing, as template.yaml declares them (a test keeps the two
 * equal). Used to create the table on local servers; on AWS the template creates it.
 */
public final class TableDefinition {
    private TableDefinition() {}

    public static CreateTableRequest createRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName(SummaryItem.PK).attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName(SummaryItem.PK).keyType(KeyType.HASH).build())
                .build();
    }

    /** Creates the table and waits until it is active. */
    public static void create(DynamoDbClient dynamo, String tableName) {
        dynamo.createTable(createRequest(tableName));
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
    }
}
