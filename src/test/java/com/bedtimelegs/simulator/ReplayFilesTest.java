package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The ASK CLI replay files shipped in dialog/ are what a developer runs against the real Alexa with
 * {@code ask dialog --replay}. Each one is run here through the simulator and checked, turn for turn,
 * against the transcript with the same name (transcripts/dialog-NAME.txt).
 */
class ReplayFilesTest {
    static final Path DIALOG = Path.of("dialog");

    static List<Path> replayFiles() throws IOException {
        try (Stream<Path> listing = Files.list(DIALOG)) {
            return listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyMainConversationShipsAsAReplayFile() throws IOException {
        List<String> names = replayFiles().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("cramp.json", "red-flag-check.json", "stretch.json", "tips.json"), names);
    }

    @TestFactory
    Stream<DynamicTest> eachReplayFileGivesItsTranscriptsAnswers() throws IOException {
        return replayFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ReplayFile replay = ReplayFile.read(file);
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            Path transcriptFile = Transcripts.DIR.resolve("dialog-" + name + ".txt");
            assertTrue(Files.isRegularFile(transcriptFile), "no transcript " + transcriptFile + " for " + file);
            Transcript transcript = Transcript.parse(transcriptFile);
            assertEquals(transcript.locale(), replay.locale(), "locale of " + file);
            assertEquals(transcript.said(), replay.utterances(), file + " must say what " + transcriptFile + " says");
            assertEquals(ReplayFile.QUIT, replay.userInput().get(replay.userInput().size() - 1),
                    file + " should end with .quit so 'ask dialog --replay' ends after it");

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            Replay.Result result = Replay.run(replay, Simulator.forLocale(replay.locale()),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
            String conversation = "\n\nconversation:\n" + printed.toString(StandardCharsets.UTF_8);
            assertTrue(result.passed(), () -> String.join("\n", result.problems()) + conversation);
            List<String> failures = transcript.check(result.turns());
            assertTrue(failures.isEmpty(), () -> String.join("\n", failures) + conversation);
        }));
    }

    @Test
    void aReplayThatReopensASessionWithoutTheInvocationNameIsFlagged() {
        ReplayFile replay = ReplayFile.of(Simulator.LOCAL_SKILL_ID, "en-US",
                List.of("ask bedtime legs for a tip", "no", "i have a cramp"));
        Replay.Result result = Replay.run(replay, Simulator.create(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(3, result.turns().size());
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).startsWith("userInput[2] \"i have a cramp\" opens a new session without \"bedtime legs\""),
                result.problems().get(0));
    }
}
