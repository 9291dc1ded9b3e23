package com.bedtimelegs.persistence;

import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.amazon.ask.exception.PersistenceException;
import com.amazon.ask.model.RequestEnvelope;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded store for local runs: every user's record in one small JSON file, keyed by the
 * hashed user id. Each write goes to a temporary file in the same folder and is then moved over
 * the old one, so a crash mid-write leaves the previous file whole. A file that cannot be read
 * is never overwritten: reads and writes both fail until someone looks at it.
 */
public final class FileStore implements PersistenceAdapter {
    /** Where the simulator keeps its memory unless told otherwise: ~/.bedtime-legs/users.json. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".bedtime-legs", "users.json");
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final Path file;

    public FileStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<Map<String, Object>> getAttributes(RequestEnvelope envelope) {
        Object record = readAll().get(UserKey.of(envelope));
        if (record == null) {
            return Optional.empty();
        }
        if (!(record instanceof Map<?, ?> map)) {
            throw new PersistenceException("malformed record in the memory file");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) map;
        return Optional.of(attributes);
    }

    @Override
    public synchronized void saveAttributes(RequestEnvelope envelope, Map<String, Object> attributes) {
        Map<String, Object> all = readAll();
        all.put(UserKey.of(envelope), attributes);
        writeAll(all);
    }

    @Override
    public synchronized void deleteAttributes(RequestEnvelope envelope) {
        Map<String, Object> all = readAll();
        if (all.remove(UserKey.of(envelope)) != null) {
            writeAll(all);
        }
    }

    private Map<String, Object> readAll() {
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        try {
            Map<String, Object> all = MAPPER.readValue(file.toFile(), MAP);
            if (all == null) {
                throw new PersistenceException("the memory file is not a JSON object");
            }
            return all;
        } catch (IOException e) {
            throw new PersistenceException("the memory file could not be read", e);
        }
    }

    private void writeAll(Map<String, Object> all) {
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                ownerOnly(temp);
                MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), all);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new PersistenceException("the memory file could not be written", e);
        }
    }

    private static void ownerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // Not a POSIX file system (Windows): the user's home folder protects it instead.
        }
    }
}
