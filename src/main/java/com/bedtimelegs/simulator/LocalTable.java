package com.bedtimelegs.simulator;

import com.bedtimelegs.persistence.DynamoDbStore;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
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

    /**
     * Creates {@code table} if it does not exist and waits (up to twenty seconds) until it is
     * active. Slow answers are retried: a create that timed out may still have happened.
     */
    public static void ensure(DynamoDbClient client, String table) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        SdkException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (client.describeTable(r -> r.tableName(table)).table().tableStatus() == TableStatus.ACTIVE) {
                    return;
                }
            } catch (ResourceNotFoundException missing) {
                try {
                    client.createTable(r -> r.tableName(table)
                            .billingMode(BillingMode.PAY_PER_REQUEST)
                            .attributeDefinitions(a -> a.attributeName(DynamoDbStore.KEY).attributeType(ScalarAttributeType.S))
                            .keySchema(k -> k.attributeName(DynamoDbStore.KEY).keyType(KeyType.HASH)));
                } catch (ResourceInUseException created) {
                    // an earlier create that timed out on our side went through
                } catch (SdkException slow) {
                    last = slow;
                }
            } catch (SdkException slow) {
                last = slow;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("table " + table + " did not become active", last);
    }
}
