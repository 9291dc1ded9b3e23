package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator as a developer runs it: a fresh JVM, real arguments, stdin, stdout and exit status. */
class SimulatorCommandLineTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        /** What Alexa said, turn by turn. */
        List<String> answers() {
            return out.lines().filter(l -> l.startsWith("Alexa: ")).toList();
        }
    }

    private Run simulator(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Console.class.getName()));
        command.addAll(List.of(args));
        File out = dir.resolve("stdout-" + System.nanoTime()).toFile();
        File err = dir.resolve("stderr-" + System.nanoTime()).toFile();
        Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "simulator did not finish: " + command);
        return new Run(process.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    private void assertBadFile(String name, String json, String field) throws Exception {
        Path file = Files.writeString(dir.resolve(name), json);
        Run run = simulator("", "--replay", file.toString());
        assertEquals(2, run.status(), run.out() + run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "one line: " + run.err());
        assertTrue(lines.get(0).startsWith("Bad replay file " + file + ": " + field), lines.get(0));
        assertEquals("", run.out());
    }

    @Test
    void badReplayFilesGetOneLineAndStatusTwo() throws Exception {
        assertBadFile("notjson.json", "open bedtime legs\nhelp\n", "not JSON");
        assertBadFile("type.json", """
                {"skillId": "amzn1.ask.skill.1", "locale": "en-US", "type": "speech", "userInput": ["help"]}""", "type:");
        assertBadFile("locale.json", """
                {"skillId": "amzn1.ask.skill.1", "locale": "de-DE", "type": "text", "userInput": ["hilfe"]}""", "locale:");
        assertBadFile("empty.json", """
                {"skillId": "amzn1.ask.skill.1", "locale": "en-US", "type": "text", "userInput": []}""", "userInput:");
    }

    @Test
    void aRecordedSessionReplaysToTheSameAnswers() throws Exception {
        Path recorded = dir.resolve("recorded.json");
        String typed = String.join("\n", "open bedtime legs", "give me a tip about hydration", "", "tips about minerals",
                "no", "ask bedtime legs to help with a cramp in my hamstring", "it's gone", "no thanks") + "\n";
        Run session = simulator(typed, "--record", recorded.toString());
        assertEquals(0, session.status(), session.err());
        assertTrue(session.out().contains("Created replay file at " + recorded + " (7 utterances; 1 silent turn(s) left out"),
                session.out());

        ReplayFile file = ReplayFile.read(recorded);
        assertEquals(List.of("open bedtime legs", "give me a tip about hydration", "tips about minerals", "no",
                "ask bedtime legs to help with a cramp in my hamstring", "it's gone", "no thanks"), file.userInput());
        assertEquals("en-US", file.locale());

        Run replay = simulator("", "--replay", recorded.toString());
        assertEquals(0, replay.status(), replay.out() + replay.err());
        // The silent turn only made Alexa repeat her reprompt; every answer the skill gave comes back.
        List<String> answers = new ArrayList<>(session.answers());
        answers.remove(2);
        assertEquals(answers, replay.answers());
        assertEquals(7, replay.answers().size());
        assertTrue(replay.out().contains("replay finished: 7 turns, no problems"), replay.out());
    }

    @Test
    void dotRecordAndDotQuitWorkAsInAskDialog() throws Exception {
        Path recorded = dir.resolve("dot.json");
        Run session = simulator("open bedtime legs\nhelp\n.record " + recorded + " --append-quit\nstop\n.quit\nnever said\n");
        assertEquals(0, session.status(), session.err());
        assertEquals(List.of("open bedtime legs", "help", ".quit"), ReplayFile.read(recorded).userInput());
        assertEquals(3, session.answers().size(), session.out());
        assertTrue(!session.out().contains("never said"), session.out());
    }

    @Test
    void aShippedReplayFileRunsFromTheCommandLine() throws Exception {
        Run run = simulator("", "--replay", "dialog/cramp.json");
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().startsWith("Replaying dialog/cramp.json (en-US, 4 utterances)"), run.out());
        assertEquals(4, run.answers().size(), run.out());
    }
}
