package com.bedtimelegs.simulator;

import com.bedtimelegs.stretch.Cue;
import com.bedtimelegs.stretch.Scripts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.speech.SpeechCheck;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.stretch.Routine;
import com.bedtimelegs.stretch.RoutineCatalog;
import com.bedtimelegs.stretch.Step;
import com.bedtimelegs.stretch.StepScript;
import com.bedtimelegs.stretch.Walkthrough;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every step of every routine through the real skill (simulator, Lambda entry, handlers)
 * and times each response the way Alexa would speak it: every response is well inside Alexa's
 * limits, each hold step is silent for exactly the hold seconds the routine data asks for, and
 * the routine as a whole takes about as long as it promises.
 */
class StretchDurationTest {
    /** Alexa stops playing a response after 90 s of audio; we want to stay well inside that. */
    private static final double MAX_RESPONSE_SECONDS = 90;
    /** Time for the user to say "next" and Alexa to answer, per turn. */
    private static final double TURN_SECONDS = 3;

    @TestFactory
    Stream<DynamicTest> everyRoutineWalkedStepByStep() {
        List<Routine> routines = new ArrayList<>(RoutineCatalog.get().routines());
        assertTrue(routines.size() >= 11, "quick, full, in bed and eight focus routines");
        return routines.stream().map(routine -> DynamicTest.dynamicTest(routine.id(), () -> walk(routine)));
    }

    /** What a user says to start each routine; every routine in the catalog must be reachable. */
    static String utterance(Routine routine) {
        return switch (routine.kind()) {
            case QUICK -> "ask bedtime legs to start the quick routine";
            case FULL -> "ask bedtime legs to start the full routine";
            case IN_BED -> "ask bedtime legs to stretch in bed";
            case FOCUS -> "ask bedtime legs to stretch my " + routine.focus().orElseThrow().name().toLowerCase(Locale.ROOT)
                    + (routine.inBed() ? " in bed" : "");
        };
    }

    private static void walk(Routine routine) {
        Simulator sim = Simulator.create();
        List<Step> steps = Walkthrough.steps(routine);
        Turn turn = sim.say(utterance(routine));
        double total = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String where = routine.id() + " step " + i + " (" + step.kind() + " " + step.stretch().id() + " "
                    + step.side() + " holds " + step.firstRep() + "+" + step.reps() + ")";
            assertTrue(turn.problems().isEmpty(), where + ": " + turn.problems());
            assertTrue(turn.sessionOpen(), where + ": session closed early");
            assertTrue(turn.speechSsml().length() <= Ssml.MAX_SPEECH_CHARS, where + ": too many characters");
            double seconds = SpeechCheck.estimatedSeconds(turn.speechSsml());
            assertTrue(seconds < MAX_RESPONSE_SECONDS, where + ": " + seconds + " s of audio");
            double pauses = SpeechCheck.pauseSeconds(turn.speechSsml());
            if (step.isSetup()) {
                assertTrue(turn.speech().contains(step.stretch().name()), where + ": names the stretch");
                assertTrue(pauses < 2, where + ": a setup step has no holds, paused " + pauses + " s");
            } else {
                int expected = step.stretch().holdSeconds() * step.reps();
                int rests = StepScript.REST_SECONDS * (step.reps() - 1);
                // Holds exactly as the data says; the rest is short rests between holds and breaths.
                assertTrue(pauses >= expected && pauses <= expected + rests + 1.5,
                        where + ": paused " + pauses + " s for " + step.reps() + " holds of "
                                + step.stretch().holdSeconds() + " s");
                assertEquals(expected, Scripts.seconds(StepScript.of(step), Cue.Kind.HOLD), where);
            }
            total += seconds + TURN_SECONDS;
            if (System.getenv("STRETCH_TIMES") != null) {
                System.out.printf(Locale.ROOT, "  %5.1f s  %s%n", seconds, where);
            }
            turn = sim.say("next");
        }
        assertFalse(turn.sessionOpen(), routine.id() + ": the wind-down ends the session");
        assertTrue(turn.speech().toLowerCase(Locale.ROOT).contains("goodnight"), turn.speech());
        assertTrue(SpeechCheck.estimatedSeconds(turn.speechSsml()) < MAX_RESPONSE_SECONDS);
        total += SpeechCheck.estimatedSeconds(turn.speechSsml());
        double minutes = total / 60;
        System.out.printf(Locale.ROOT, "%s: %d steps, %.1f min (promised %d)%n", routine.id(), steps.size(), minutes,
                routine.minutes());
        assertTrue(Math.abs(minutes - routine.minutes()) <= Math.max(1.0, routine.minutes() * 0.25),
                routine.id() + " promises about " + routine.minutes() + " minutes but takes " + minutes);
    }
}
