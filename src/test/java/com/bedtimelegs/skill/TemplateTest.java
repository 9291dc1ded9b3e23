package com.bedtimelegs.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.persistence.DynamoDbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** template.yaml and the code agree on the memory table, and the function may do no more than it needs. */
class TemplateTest {
    private static String template() throws IOException {
        return Files.readString(Path.of("template.yaml"));
    }

    @Test
    void theFunctionGetsTheTableNameAndOnlyItemReadWriteDeleteOnThatTable() throws IOException {
        String template = template();
        assertTrue(template.contains(DynamoDbStore.TABLE_ENV + ": !Ref MemoryTable"), "table name variable");
        Matcher actions = Pattern.compile("Action:\\s*\\n((?:\\s*- dynamodb:\\w+\\s*\\n)+)\\s*Resource: (.+)").matcher(template);
        assertTrue(actions.find(), "a DynamoDB policy statement");
        List<String> allowed = Pattern.compile("dynamodb:(\\w+)").matcher(actions.group(1)).results().map(r -> r.group(1)).toList();
        assertEquals(List.of("GetItem", "PutItem", "DeleteItem"), allowed);
        assertEquals("!GetAtt MemoryTable.Arn", actions.group(2).strip());
        assertEquals(3, Pattern.compile("dynamodb:").matcher(template).results().count(), "no other DynamoDB actions");
    }

    @Test
    void theTableIsOnDemandWithTheKeyAndTtlTheStoreUsesAndPointInTimeRecovery() throws IOException {
        String template = template();
        assertTrue(template.contains("BillingMode: PAY_PER_REQUEST"));
        assertTrue(template.contains("AttributeName: " + DynamoDbStore.KEY + "\n          KeyType: HASH"));
        assertTrue(template.contains("TimeToLiveSpecification:\n        AttributeName: " + DynamoDbStore.EXPIRES + "\n        Enabled: true"));
        assertTrue(template.contains("PointInTimeRecoveryEnabled: true"));
    }
}
