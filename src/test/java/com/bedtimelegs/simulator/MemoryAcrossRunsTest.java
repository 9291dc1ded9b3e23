package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.persistence.FileStore;
import com.bedtimelegs.persistence.UserKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Pick up where you left off" across separate runs of the simulator, as a person would see it
 * with {@code mvn -q compile exec:java}: each transcript runs in its own JVM, and the only thing
 * they share is the memory file on disk.
 */
class MemoryAcrossRunsTest {
    @TempDir
    Path home;

    @Test
    void anInterruptedRoutineIsOfferedAgainInTheNextRun() throws Exception {
        Path memory = home.resolve("users.json");
        run(memory, "resume-run-1.txt");
        String record = Files.readString(memory);
        assertTrue(record.contains(UserKey.hash("amzn1.ask.account.LOCAL-SIMULATOR")), record);
        assertTrue(record.contains("\"resume\""), record);
        assertFalse(record.contains("LOCAL-SIMULATOR"), "the file must not hold the user id: " + record);
        run(memory, "resume-run-2.txt");
        run(memory, "resume-run-3.txt");
        assertFalse(Files.readString(memory).contains("\"resume\""), "\"no\" forgets the position");
    }

    @Test
    void theDefaultFileIsUnderTheUsersHome() {
        assertEquals(Path.of(System.getProperty("user.home"), ".bedtime-legs", "users.json"), FileStore.defaultFile());
    }

    private void run(Path memory, String transcript) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.home=" + home); // never the real home, whatever the simulator does
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Console.class.getName());
        command.add("--memory");
        command.add(memory.toString());
        command.add("--script");
        command.add(Transcripts.DIR.resolve("memory").resolve(transcript).toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "simulator run did not finish");
        assertEquals(0, process.exitValue(), transcript + " failed:\n" + new String(output, StandardCharsets.UTF_8));
    }
}
