package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every transcript under src/test/resources/transcripts is an acceptance test. */
class TranscriptTest {
    @TestFactory
    Stream<DynamicTest> transcripts() {
        List<Path> files = Transcripts.files();
        assertFalse(files.isEmpty(), "no transcripts found in " + Transcripts.DIR);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Transcript transcript = Transcripts.parse(file);
            assertTrue(transcript.expectationCount() > 0, "a transcript must expect something");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            List<String> failures = transcript.run(Simulator.forLocale(transcript.locale()), new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertTrue(failures.isEmpty(), () -> String.join("\n", failures)
                    + "\n\nconversation:\n" + printed.toString(StandardCharsets.UTF_8));
        }));
    }
}
