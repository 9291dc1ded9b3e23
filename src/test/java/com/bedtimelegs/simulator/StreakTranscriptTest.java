package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import com.bedtimelegs.persistence.FileStore;
import com.bedtimelegs.skill.EnvelopeBuilder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streak transcript, run after two earlier nights were stored in the simulator's memory file. */
class StreakTranscriptTest {
    @TempDir
    Path dir;

    @Test
    void theThirdNightInARowIsMentionedOnceAtTheEnd() {
        FileStore store = new FileStore(dir.resolve("users.json"));
        String json = EnvelopeBuilder.launch(Simulator.LOCAL_SKILL_ID).label("LOCAL-SIMULATOR").build().toString();
        store.saveAttributes(new JacksonSerializer().deserialize(json, RequestEnvelope.class), Map.of(
                "v", 1, "routine", "IN_BED", "nights", 2,
                "lastNight", Instant.now().minus(Duration.ofHours(23)).getEpochSecond()));
        Transcript transcript = Transcripts.parse(Transcripts.DIR.resolve("memory").resolve("streak.txt"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Simulator simulator = new Simulator(InteractionModel.forLocale("en-US"), "en-US", line -> { }, store);
        List<String> failures = transcript.run(simulator, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures) + "\n\n" + printed.toString(StandardCharsets.UTF_8));
    }
}
