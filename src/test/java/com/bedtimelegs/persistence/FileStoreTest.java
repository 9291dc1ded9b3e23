package com.bedtimelegs.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.exception.PersistenceException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import com.bedtimelegs.skill.EnvelopeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {
    private static final String SKILL_ID = "amzn1.ask.skill.12345678-0000-0000-0000-000000000000";

    @TempDir
    Path dir;

    static RequestEnvelope envelopeFor(String label) {
        String json = EnvelopeBuilder.launch(SKILL_ID).label(label).build().toString();
        return new JacksonSerializer().deserialize(json, RequestEnvelope.class);
    }

    @Test
    void savesReadsAndDeletesOneUserWithoutTouchingAnother() throws IOException {
        Path file = dir.resolve("sub").resolve("users.json");
        FileStore store = new FileStore(file);
        RequestEnvelope alice = envelopeFor("alice");
        RequestEnvelope bob = envelopeFor("bob");
        assertTrue(store.getAttributes(alice).isEmpty(), "a new user has no record");
        store.saveAttributes(alice, Map.of("v", 1, "quiet", true));
        store.saveAttributes(bob, Map.of("v", 1, "routine", "QUICK"));
        assertEquals(Map.of("v", 1, "quiet", true), store.getAttributes(alice).orElseThrow());
        store.deleteAttributes(alice);
        assertTrue(store.getAttributes(alice).isEmpty());
        assertEquals(Map.of("v", 1, "routine", "QUICK"), new FileStore(file).getAttributes(bob).orElseThrow(),
                "another store object (another run) reads what was written");
    }

    @Test
    void theFileHoldsHashedKeysNeverTheUserId() throws IOException {
        Path file = dir.resolve("users.json");
        new FileStore(file).saveAttributes(envelopeFor("alice"), Map.of("v", 1));
        String text = Files.readString(file);
        assertFalse(text.contains("alice"), text);
        assertTrue(text.contains(UserKey.hash("amzn1.ask.account.alice")), text);
        assertEquals(64, UserKey.hash("x").length());
    }

    @Test
    void writesAreAtomicAndLeaveNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("users.json");
        FileStore store = new FileStore(file);
        for (int i = 0; i < 20; i++) {
            store.saveAttributes(envelopeFor("user" + i), Map.of("v", 1, "nights", i));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.List.of(file), files.toList());
        }
        assertEquals(Map.of("v", 1, "nights", 19), store.getAttributes(envelopeFor("user19")).orElseThrow());
    }

    @Test
    void aFileThatCannotBeReadIsNeverOverwritten() throws IOException {
        Path file = dir.resolve("users.json");
        Files.writeString(file, "{ this is not json");
        FileStore store = new FileStore(file);
        assertThrows(PersistenceException.class, () -> store.getAttributes(envelopeFor("alice")));
        assertThrows(PersistenceException.class, () -> store.saveAttributes(envelopeFor("alice"), Map.of("v", 1)));
        assertThrows(PersistenceException.class, () -> store.deleteAttributes(envelopeFor("alice")));
        assertEquals("{ this is not json", Files.readString(file));
    }
}
