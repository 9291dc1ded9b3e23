package com.bedtimelegs.simulator;

import com.bedtimelegs.content.Locales;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.InteractionModel.IntentDef;
import com.bedtimelegs.simulator.InteractionModel.SlotDef;
import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Says every sample utterance of the model (slots filled with each slot value in turn) in a fresh
 * session and checks two things: the words come back as the intent they were written for (no
 * sample is swallowed by another intent), and the skill's answer is within Alexa's limits.
 */
class SampleSweepTest {
    private static final Pattern SLOT = Pattern.compile("\\{([^}]+)}");

    static List<String> locales() {
        return Locales.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everySampleReachesItsIntentAndEveryAnswerIsWithinLimits(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        List<String> problems = new ArrayList<>();
        int said = 0;
        // One simulator, no memory; each utterance in a fresh session (building one per utterance is slow).
        Simulator sim = new Simulator(model, locale, line -> { }, null);
        for (IntentDef intent : model.intents().values()) {
            for (String sample : intent.samples()) {
                for (String utterance : fill(model, intent, sample)) {
                    sim.abandonSession();
                    sim.say("open bedtime legs");
                    Turn turn = sim.say(utterance);
                    said++;
                    if (!intent.name().equals(turn.intent())) {
                        problems.add("\"" + utterance + "\" (sample of " + intent.name() + ") became " + turn.label());
                    }
                    turn.problems().forEach(p -> problems.add("\"" + utterance + "\": " + p));
                }
            }
        }
        assertTrue(said > 200, "expected a full sweep, said " + said);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** The sample with each slot replaced by every value of its type (first value for other slots). */
    private static List<String> fill(InteractionModel model, IntentDef intent, String sample) {
        List<String> out = new ArrayList<>();
        Matcher m = SLOT.matcher(sample);
        List<String> slots = new ArrayList<>();
        while (m.find()) {
            slots.add(m.group(1));
        }
        if (slots.isEmpty()) {
            return List.of(sample);
        }
        for (String varied : slots) {
            SlotDef def = intent.slot(varied).orElseThrow();
            for (SlotValue value : model.typeValues(def.type())) {
                String text = sample.replace("{" + varied + "}", value.value());
                for (String other : slots) {
                    if (!other.equals(varied)) {
                        SlotDef otherDef = intent.slot(other).orElseThrow();
                        text = text.replace("{" + other + "}", model.typeValues(otherDef.type()).get(0).value());
                    }
                }
                out.add(text);
            }
        }
        return out;
    }
}
