package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each locale, with its own model, reaches the emergency answer and names its own number first. */
class LocaleEmergencyTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-US | should i see a doctor         | Call nine one one now.",
            "en-GB | should i see my gp            | Call nine nine nine now.",
            "en-CA | should i see my family doctor | Call nine one one now.",
            "en-AU | should i see a physio         | Call triple zero now.",
            "en-IN | should i consult a doctor     | Call one one two now.",
    })
    void theEmergencyOutcomeSaysTheLocalNumberInTheFirstSentence(String locale, String ask, String first) {
        Simulator sim = new Simulator(InteractionModel.forLocale(locale), locale, line -> { });
        sim.say("open bedtime legs");
        Turn question = sim.say(ask);
        assertEquals("RedFlagCheckIntent", question.intent(), locale + ": " + ask);
        Turn turn = sim.say("yes");
        assertEquals(first, turn.speech().substring(0, turn.speech().indexOf('.') + 1), turn.speech());
        assertFalse(turn.sessionOpen());
        assertEquals(List.of(), turn.problems());
        Turn oneShot = Simulator.forLocale(locale).say("ask bedtime legs my chest hurts");
        assertEquals("EmergencySymptomIntent", oneShot.intent());
        assertEquals(first, oneShot.speech().substring(0, oneShot.speech().indexOf('.') + 1));
    }
}
