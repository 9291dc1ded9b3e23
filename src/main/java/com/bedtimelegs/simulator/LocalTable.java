package com.bedtimelegs.simulator;

import com.bedtimelegs.persistence.DynamoDbStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Creates the memory table on a local DynamoDB-compatible server (dynalite) with the same key
 * as template.yaml's table. Never used on AWS, where the table comes from the SAM template and the
 * function may not create tables.
 */
public final class LocalTable {
    private LocalTable() {
    }

    /** Creates {@code table} if it does not exist and waits (up to ten seconds) until it is active. */
    public static void ensure(DynamoDbClient client, String table) {
        try {
            if (client.describeTable(r -> r.tableName(table)).table().tableStatus() == TableStatus.ACTIVE) {
                return;
            }
        } catch (ResourceNotFoundException missing) {
            client.createTable(r -> r.tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName(DynamoDbStore.KEY).attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName(DynamoDbStore.KEY).keyType(KeyType.HASH)));
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (client.describeTable(r -> r.tableName(table)).table().tableStatus() == TableStatus.ACTIVE) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("table " + table + " did not become active");
    }
}
