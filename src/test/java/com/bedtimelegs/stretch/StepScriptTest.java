package com.bedtimelegs.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepScriptTest {
    private final RoutineCatalog catalog = RoutineCatalog.get();

    private Step firstHoldOf(Routine routine, String stretchId) {
        return Walkthrough.steps(routine).stream()
                .filter(s -> !s.isSetup() && s.stretch().id().equals(stretchId)).findFirst().orElseThrow();
    }

    @Test
    void aThirtySecondHoldCountsDownEveryTenSeconds() {
        Step calf = firstHoldOf(catalog.routine(Routine.Kind.QUICK), "wall_calf");
        StepScript script = StepScript.of(calf);
        assertEquals(30, Scripts.seconds(script, Cue.Kind.HOLD));
        List<Integer> holds = script.cues().stream()
                .filter(c -> c instanceof Cue.Pause p && p.kind() == Cue.Kind.HOLD)
                .map(c -> ((Cue.Pause) c).seconds()).toList();
        assertEquals(List.of(10, 10, 10), holds);
        List<String> texts = Scripts.texts(script);
        assertTrue(texts.contains("Twenty more seconds."), texts.toString());
        assertTrue(texts.contains("Ten more seconds."), texts.toString());
        assertTrue(texts.contains("And relax."), texts.toString());
        assertTrue(texts.get(texts.size() - 1).contains("switch sides"), "left side ends with switch sides");
    }

    @Test
    void oddHoldsStartWithTheRemainderSoCountsLandOnTens() {
        Stretch base = catalog.routine(Routine.Kind.QUICK).items().get(1).stretch();
        Stretch fifteen = new Stretch("x", "x", base.muscle(), "x", base.position(), "x", "Hold.", 25,
                List.of(Side.BOTH), 1, "x", "leg", false, "NHS: test stretch, not shipped");
        Routine routine = new Routine("X", Routine.Kind.FOCUS, java.util.Optional.of(Muscle.CALF), false, "x", 1,
                "x", List.of(new Routine.Item(fifteen, 1)));
        StepScript script = StepScript.of(Walkthrough.steps(routine).get(1));
        List<Integer> holds = script.cues().stream()
                .filter(c -> c instanceof Cue.Pause p && p.kind() == Cue.Kind.HOLD)
                .map(c -> ((Cue.Pause) c).seconds()).toList();
        assertEquals(List.of(5, 10, 10), holds);
        assertTrue(Scripts.texts(script).contains("Twenty more seconds."), Scripts.texts(script).toString());
    }

    @Test
    void repeatedHoldsAreNumberedWithShortRestsBetween() {
        Step hamstring = firstHoldOf(catalog.routine(Routine.Kind.QUICK), "standing_hamstring");
        StepScript script = StepScript.of(hamstring);
        assertEquals(3, hamstring.reps());
        assertEquals(10 * 3, Scripts.seconds(script, Cue.Kind.HOLD));
        assertEquals(StepScript.REST_SECONDS * 2, Scripts.seconds(script, Cue.Kind.REST));
        assertTrue(Scripts.texts(script).stream().anyMatch(t -> t.startsWith("Number three.")), Scripts.texts(script).toString());
        script.cues().forEach(c -> {
            if (c instanceof Cue.Pause p) {
                assertTrue(p.seconds() <= 10, "every pause fits one Alexa break");
            }
        });
    }

    @Test
    void theSetupNamesTheStretchAndItsSafetyCueAndHasNoHolds() {
        Step setup = Walkthrough.steps(catalog.routine(Routine.Kind.IN_BED)).get(0);
        StepScript script = StepScript.of(setup);
        String all = String.join(" ", Scripts.texts(script));
        assertTrue(all.contains(setup.stretch().name()), all);
        assertTrue(all.contains(setup.stretch().safety()), all);
        assertEquals(0, script.pauseSeconds());
    }

    @Test
    void theWindDownIsSlowBreathing() {
        StepScript wind = StepScript.windDown(catalog.routine(Routine.Kind.IN_BED));
        assertTrue(String.join(" ", Scripts.texts(wind)).contains("Breathe in"));
        assertTrue(wind.pauseSeconds() >= 15);
        assertEquals(0, Scripts.seconds(wind, Cue.Kind.HOLD));
        assertFalse(wind.estimatedSeconds() > 60);
    }

    @Test
    void numbersAreSaidAsWords() {
        assertEquals("thirty", Words.number(30));
        assertEquals("twenty-five", Words.number(25));
        assertEquals("twice", Words.times(2));
        assertEquals("three times", Words.times(3));
        assertEquals("one second", Words.seconds(1));
        assertEquals("120", Words.number(120));
    }
}
