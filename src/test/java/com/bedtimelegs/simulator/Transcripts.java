package com.bedtimelegs.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The acceptance conversations under src/test/resources/transcripts, shared by the tests that replay them. */
final class Transcripts {
    static final Path DIR = Path.of("src", "test", "resources", "transcripts");

    private Transcripts() {
    }

    static List<Path> files() {
        try (Stream<Path> listing = Files.list(DIR)) {
            return listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Transcript parse(Path file) {
        try {
            return Transcript.parse(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
