package com.bedtimelegs.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.cramp.CrampGuide;
import com.bedtimelegs.cramp.MuscleGuide;
import com.bedtimelegs.cramp.Technique;
import com.bedtimelegs.simulator.Simulator;
import com.bedtimelegs.simulator.Turn;
import com.bedtimelegs.speech.SpeechCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every technique of every muscle, spoken through the simulator as a person in pain would hear it. */
class CrampConversationTest {
    private static final CrampGuide GUIDE = CrampGuide.get();
    private static final Map<String, String> SAID = Map.of(
            "CALF", "calf", "HAMSTRING", "hamstring", "QUAD", "quad", "FOOT", "foot");
    /** Well under a minute of audio (at the bedtime pace), pauses included, for someone lying in pain. */
    private static final double MAX_SECONDS = 55;

    @Test
    void everyTechniqueStartsWithItsActionHoldsForItsTimeAndFitsInUnderAMinute() {
        for (MuscleGuide muscle : GUIDE.muscles()) {
            if (CrampGuide.GENERAL.equals(muscle.id())) {
                continue;
            }
            Simulator sim = Simulator.create();
            Turn turn = sim.say("ask bedtime legs to help with a cramp in my " + SAID.get(muscle.id()));
            assertEquals(muscle.id(), turn.slots().get("muscle"));
            for (int i = 0; i < muscle.techniques().size(); i++) {
                Technique t = muscle.techniques().get(i);
                String where = muscle.id() + " technique " + (i + 1) + ": " + turn.speech();
                assertTrue(turn.speech().startsWith(t.action()), where);
                assertEquals(List.of(), turn.problems(), where);
                assertTrue(turn.sessionOpen(), where);
                assertTrue(turn.reprompt().contains("still cramping"), where);
                double breaths = i == 0 ? 0.7 : 0; // the first answer breathes before the warmth advice
                assertEquals(t.holdSeconds() + breaths, SpeechCheck.pauseSeconds(turn.speechSsml()), 0.01, where);
                double seconds = SpeechCheck.estimatedSeconds(turn.speechSsml());
                assertTrue(seconds < MAX_SECONDS, where + " takes " + seconds + " s");
                assertEquals(i == 0, turn.speech().contains("heating pad"), "warmth comes with the first answer: " + where);
                turn = sim.say("still cramping");
            }
            // Out of techniques: when a cramp needs help today, with the place to go, and no more stretches.
            assertTrue(turn.speech().startsWith("If this cramp has lasted more than ten minutes"), turn.speech());
            assertTrue(turn.speech().contains("urgent care"), turn.speech());
            assertFalse(turn.speech().toLowerCase(java.util.Locale.ROOT).contains("stretch"), turn.speech());
            assertFalse(turn.sessionOpen(), "the advice ends the session: " + turn.speech());
            assertTrue(SpeechCheck.estimatedSeconds(turn.speechSsml()) < MAX_SECONDS);
        }
    }

    @Test
    void theGeneralAnswerIsShortAndAsksOneQuestion() {
        Simulator sim = Simulator.create();
        Turn turn = sim.say("ask bedtime legs to help with a cramp in my elbow");
        Technique opening = GUIDE.muscle(CrampGuide.GENERAL).techniques().get(0);
        assertTrue(turn.speech().startsWith(opening.action()), turn.speech());
        assertEquals(1, turn.speech().chars().filter(c -> c == '?').count(), "one question: " + turn.speech());
        assertTrue(turn.directives().contains("Dialog.ElicitSlot"), "Alexa listens for a muscle");
        assertTrue(SpeechCheck.estimatedSeconds(turn.speechSsml()) < 20);
        Turn general = sim.say("still cramping");
        Technique next = GUIDE.muscle(CrampGuide.GENERAL).techniques().get(1);
        assertTrue(general.speech().startsWith(next.action()), general.speech());
        assertEquals(next.holdSeconds(), SpeechCheck.pauseSeconds(general.speechSsml()), 0.01);
    }

    @Test
    void theMuscleAnswerRoutesBackInEveryNaturalShape() {
        Map<String, String> answers = Map.of(
                "calf", "CALF", "my calf", "CALF", "it's in my foot", "FOOT", "the back of my thigh", "HAMSTRING",
                "my thigh", "QUAD", "in my hamstring", "HAMSTRING", "my toes", "FOOT", "charley horse", "CALF");
        answers.forEach((said, id) -> {
            Simulator sim = Simulator.create();
            sim.say("ask bedtime legs to help with a cramp");
            Turn turn = sim.say(said);
            assertEquals("CrampReliefIntent", turn.intent(), said);
            assertEquals(id, turn.slots().get("muscle"), said);
            assertTrue(turn.speech().startsWith(GUIDE.muscle(id).techniques().get(0).action()), said + ": " + turn.speech());
        });
    }

    @Test
    void otherIntentsStillWorkWhileTheMuscleIsAskedFor() {
        Simulator sim = Simulator.create();
        sim.say("ask bedtime legs to help with a cramp");
        assertEquals("CrampGoneIntent", sim.say("it's gone").intent());
        sim = Simulator.create();
        sim.say("ask bedtime legs to help with a cramp");
        Turn stop = sim.say("stop");
        assertEquals("AMAZON.StopIntent", stop.intent());
        assertFalse(stop.sessionOpen());
    }

    @Test
    void aTipMidCrampLeavesTheCrampAndYesNoMeanTheTip() {
        Simulator sim = Simulator.create();
        sim.say("ask bedtime legs to help with a cramp in my calf");
        sim.say("it's gone");
        Turn tip = sim.say("give me a tip about sleep");
        assertEquals("TipsIntent", tip.intent());
        Turn yes = sim.say("yes");
        assertTrue(yes.speech().contains("Would you like another tip?"), yes.speech());
    }
}
