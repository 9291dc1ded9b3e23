package com.bedtimelegs.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.exception.PersistenceException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The function's store is configured from its environment only, as template.yaml and bench/run set it. */
class DynamoDbStoreEnvironmentTest {
    @Test
    void withoutATableNothingIsRemembered() {
        assertNull(DynamoDbStore.fromEnvironment(Map.of()));
        assertNull(DynamoDbStore.fromEnvironment(Map.of(DynamoDbStore.TABLE_ENV, " ")));
    }

    @Test
    void theTableAndEndpointComeFromTheEnvironmentWithTheProductionTimeLimits() throws Exception {
        try (LoopbackListener hanging = new LoopbackListener()) {
            DynamoDbStore store = DynamoDbStore.fromEnvironment(Map.of(
                    DynamoDbStore.TABLE_ENV, "bedtime-memory",
                    DynamoDbStore.ENDPOINT_ENV, hanging.endpoint().toString(),
                    "AWS_REGION", "eu-west-1"));
            assertEquals("bedtime-memory", store.table());
            long millis = millisToGiveUp(store);
            assertTrue(hanging.connections() > 0, "the read went to MEMORY_ENDPOINT");
            assertTrue(millis < 1_500, "a hanging store is given up within the call limit: " + millis + " ms");
        }
    }

    @Test
    void aLocalEndpointMayWidenTheTimeLimitForALoadedTestMachine() throws Exception {
        try (LoopbackListener hanging = new LoopbackListener()) {
            DynamoDbStore store = DynamoDbStore.fromEnvironment(Map.of(
                    DynamoDbStore.TABLE_ENV, "bedtime-memory",
                    DynamoDbStore.ENDPOINT_ENV, hanging.endpoint().toString(),
                    DynamoDbStore.LOCAL_TIMEOUT_ENV, "2500"));
            long millis = millisToGiveUp(store);
            assertTrue(millis >= 2_000, "waited for the wider limit: " + millis + " ms");
        }
    }

    /** Warmed up as LambdaEntry does (the first call is not the SDK's first), then how long a read takes to fail. */
    private static long millisToGiveUp(DynamoDbStore store) {
        store.warmUpInBackground();
        store.awaitWarmUp();
        long start = System.nanoTime();
        assertThrows(PersistenceException.class, () -> store.getAttributes(FileStoreTest.envelopeFor("sleepy")));
        return (System.nanoTime() - start) / 1_000_000;
    }
}
