package com.bedtimelegs.persistence;

import java.nio.charset.StandardCharsets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.skill.BedtimeLegsSkill;
import com.bedtimelegs.skill.EnvelopeBuilder;
import com.bedtimelegs.skill.GuardedSkill;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.skill.LambdaEntry;
import com.bedtimelegs.skill.Priming;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores that hang or hold something unreadable never break a conversation: the user hears the
 * new-user welcome in good time, the log gets one line naming no user, and nothing is overwritten.
 * (Stopping a real DynamoDB-compatible server mid-conversation: DynamoDbStoreIT.)
 */
class StoreFaultTest {
    private static final String SKILL_ID = "amzn1.ask.skill.12345678-0000-0000-0000-000000000000";

    @TempDir
    Path dir;

    private static JsonNode send(LambdaEntry entry, EnvelopeBuilder envelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entry.handleRequest(new ByteArrayInputStream(envelope.build().toString().getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.MAPPER.readTree(out.toByteArray());
    }

    @Test
    void aStoreThatNeverAnswersIsGivenUpWithinASecond() throws Exception {
        try (LoopbackListener hanging = new LoopbackListener()) {
            DynamoDbStore store = DynamoDbStore.forEndpoint(hanging.endpoint(), "memory");
            List<String> log = new CopyOnWriteArrayList<>();
            LambdaEntry entry = new LambdaEntry(new GuardedSkill(BedtimeLegsSkill.create(SKILL_ID, log::add, store), SKILL_ID));
            new Priming(entry, SKILL_ID, store).run(); // as on Lambda: classes loaded before the first user
            log.clear();
            long start = System.nanoTime();
            JsonNode reply = send(entry, EnvelopeBuilder.launch(SKILL_ID).label("sleepy"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(reply.at("/response/outputSpeech/ssml").asText().contains("Welcome to Bedtime Legs"), reply.toString());
            assertTrue(millis < 1_500, "the launch waited " + millis + " ms for a hanging store");
            assertTrue(hanging.connections() > 0, "the store was really asked");
            List<String> memoryLines = log.stream().filter(l -> l.startsWith("memory")).toList();
            assertEquals(List.of("memory store unavailable: PersistenceException; treating as a new user"), memoryLines);
            assertTrue(log.stream().noneMatch(l -> l.contains("sleepy") || l.contains(UserKey.hash("amzn1.ask.account.sleepy"))));
        }
    }

    @Test
    void primingGoesThroughTheStoreWithoutAConnection() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            DynamoDbStore store = DynamoDbStore.forEndpoint(listener.endpoint(), "memory");
            List<String> log = new CopyOnWriteArrayList<>();
            LambdaEntry entry = new LambdaEntry(new GuardedSkill(BedtimeLegsSkill.create(SKILL_ID, log::add, store), SKILL_ID));
            int answered = new Priming(entry, SKILL_ID, store).run();
            assertEquals(14, answered);
            assertEquals(0, listener.connections(), "priming must not make a network call");
            assertTrue(store.dryRunAnswers() >= 5, "each primed conversation went as far as the store: " + store.dryRunAnswers());
            assertTrue(log.stream().noneMatch(l -> l.startsWith("memory") || l.startsWith("error")), log.toString());
            // The same store, outside the dry run, really goes to the network (so the count above could see a call).
            send(entry, EnvelopeBuilder.launch(SKILL_ID));
            assertTrue(listener.connections() > 0, "a real launch reads from the store");
        }
    }

    @Test
    void theBackgroundWarmUpAndPrimingNeverLookUpTheFunctionsCredentials() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            CountingCredentials credentials = new CountingCredentials();
            DynamoDbStore store = new DynamoDbStore("us-east-1", listener.endpoint(), () -> credentials, "memory",
                    DynamoDbStore.CALL_TIMEOUT, Duration.ofMillis(400));
            store.warmUpInBackground();
            store.awaitWarmUp();
            assertEquals(1, store.dryRunAnswers(), "the warm-up sent a read through the SDK");
            LambdaEntry entry = new LambdaEntry(new GuardedSkill(BedtimeLegsSkill.create(SKILL_ID, line -> { }, store), SKILL_ID));
            new Priming(entry, SKILL_ID, store).beforeCheckpoint(null);
            assertEquals(0, credentials.asked.get(), "no credentials may be fetched into a snapshot");
            assertEquals(0, listener.connections(), "no network call before the snapshot");
            send(entry, EnvelopeBuilder.launch(SKILL_ID));
            assertTrue(credentials.asked.get() > 0, "a real call signs with the function's own credentials");
            assertTrue(listener.connections() > 0, "and goes to the network");
        }
    }

    /** The function's credentials, counting each time the SDK asks for them. */
    private static final class CountingCredentials implements AwsCredentialsProvider {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public AwsCredentials resolveCredentials() {
            asked.incrementAndGet();
            return AwsBasicCredentials.create("function", "function");
        }
    }

    @Test
    void aMalformedFileIsTreatedAsANewUserAndLeftAlone() throws Exception {
        Path file = dir.resolve("users.json");
        Files.writeString(file, "[\"not\", \"a\", \"map\"]");
        List<String> log = new CopyOnWriteArrayList<>();
        LambdaEntry entry = new LambdaEntry(new GuardedSkill(
                BedtimeLegsSkill.create(SKILL_ID, log::add, new FileStore(file)), SKILL_ID));
        JsonNode launch = send(entry, EnvelopeBuilder.launch(SKILL_ID));
        assertTrue(launch.at("/response/outputSpeech/ssml").asText().contains("Welcome to Bedtime Legs"));
        JsonNode quiet = send(entry, EnvelopeBuilder.intent(SKILL_ID, "QuietVoiceIntent").attributes(launch.get("sessionAttributes")));
        assertTrue(quiet.at("/response/outputSpeech/ssml").asText().contains("for now"), quiet.toString());
        assertTrue(quiet.at("/response/outputSpeech/ssml").asText().contains("whispered"), "the voice still changes this session");
        assertEquals("[\"not\", \"a\", \"map\"]", Files.readString(file));
        assertEquals(List.of("memory store unavailable: PersistenceException; treating as a new user"),
                log.stream().filter(l -> l.startsWith("memory")).toList());
    }

    @Test
    void anOlderVersionRecordIsNotOverwritten() throws Exception {
        Path file = dir.resolve("users.json");
        FileStore store = new FileStore(file);
        EnvelopeBuilder launch = EnvelopeBuilder.launch(SKILL_ID);
        store.saveAttributes(FileStoreTest.envelopeFor("local"), java.util.Map.of("v", 0, "whisper", true));
        String before = Files.readString(file);
        List<String> log = new CopyOnWriteArrayList<>();
        LambdaEntry entry = new LambdaEntry(new GuardedSkill(BedtimeLegsSkill.create(SKILL_ID, log::add, store), SKILL_ID));
        JsonNode reply = send(entry, launch);
        JsonNode stretch = send(entry, EnvelopeBuilder.intent(SKILL_ID, "StretchRoutineIntent").slot("routine", "quick", "QUICK")
                .attributes(reply.get("sessionAttributes")));
        assertTrue(stretch.at("/response/outputSpeech/ssml").asText().contains("quick bedtime stretch"));
        assertEquals(before, Files.readString(file));
        assertEquals(List.of("memory record unusable: malformed or another version; treating as a new user"),
                log.stream().filter(l -> l.startsWith("memory")).toList());
        assertFalse(log.stream().anyMatch(l -> l.contains("amzn1.ask.account")));
    }
}
