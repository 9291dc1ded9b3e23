package com.bedtimelegs.handlers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.InteractionModel;
import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import com.bedtimelegs.simulator.Simulator;
import com.bedtimelegs.simulator.Transcript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every red-flag transcript, run through the skill with the operations log captured: the log may
 * name intents and slots, but never holds an answer (ids, slot values, the words said, or which of
 * the yes / no / not-sure intents was heard).
 */
class TriagePrivacyTest {
    private static final Path DIR = Path.of("src", "test", "resources", "transcripts");
    private static final InteractionModel MODEL = InteractionModel.forLocale("en-US");
    private static final Pattern ANSWER_IDS = Pattern.compile("\\b(YES|NO|UNSURE)\\b");

    @TestFactory
    Stream<DynamicTest> theLogHoldsNoAnswers() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(DIR)) {
            files = listing.filter(p -> p.getFileName().toString().startsWith("triage-")).sorted().toList();
        }
        assertTrue(files.size() >= 6, "expected the triage transcripts, found " + files);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String> log = new ArrayList<>();
            Transcript transcript = Transcript.parse(file);
            Simulator sim = new Simulator(InteractionModel.forLocale(transcript.locale()), transcript.locale(), log::add);
            List<String> failures = transcript.run(sim,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            String all = String.join("\n", log);
            assertTrue(all.contains("intent=RedFlagCheckIntent"), "the log was captured: " + all);
            assertFalse(ANSWER_IDS.matcher(all).find(), "answer id in the log:\n" + all);
            for (String answerIntent : List.of("YesIntent", "NoIntent", "UnsureIntent", "EmergencySymptomIntent")) {
                assertFalse(all.contains(answerIntent), "a plain yes/no is an answer too:\n" + all);
            }
            String lower = all.toLowerCase(Locale.ROOT);
            for (String phrase : answerPhrases(file)) {
                assertFalse(Pattern.compile("(?<![a-z'])" + Pattern.quote(phrase) + "(?![a-z'])").matcher(lower).find(),
                        "\"" + phrase + "\" in the log:\n" + all);
            }
        }));
    }

    /** Everything the user said in the transcript, and every way of saying yes, no or not sure. */
    private static Set<String> answerPhrases(Path file) throws IOException {
        Set<String> phrases = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.startsWith(">") && l.length() > 1) {
                phrases.add(l.substring(1).strip().toLowerCase(Locale.ROOT));
            }
        }
        for (SlotValue value : MODEL.typeValues("YES_NO_UNSURE")) {
            phrases.add(value.value().toLowerCase(Locale.ROOT));
            value.synonyms().forEach(s -> phrases.add(s.toLowerCase(Locale.ROOT)));
        }
        phrases.remove("");
        return phrases;
    }
}
