package com.bedtimelegs.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalkthroughTest {
    private final RoutineCatalog catalog = RoutineCatalog.get();
    private final Routine quick = catalog.routine(Routine.Kind.QUICK);
    private final Routine full = catalog.routine(Routine.Kind.FULL);

    @Test
    void eachStretchIsASetupThenItsHoldsSideBySide() {
        List<Step> steps = Walkthrough.steps(quick);
        // Quick: hamstring (3 per side) then calf (1 per side).
        assertEquals(List.of(Step.Kind.SETUP, Step.Kind.HOLD, Step.Kind.HOLD, Step.Kind.SETUP, Step.Kind.HOLD,
                Step.Kind.HOLD), steps.stream().map(Step::kind).toList());
        assertEquals(List.of(Side.LEFT, Side.LEFT, Side.RIGHT, Side.LEFT, Side.LEFT, Side.RIGHT),
                steps.stream().map(Step::side).toList());
        assertTrue(steps.get(1).endsSide());
        assertFalse(steps.get(1).endsStretch());
        assertTrue(steps.get(2).endsStretch());
        assertFalse(steps.get(2).endsRoutine());
        assertTrue(steps.get(5).endsRoutine());
    }

    @Test
    void everyRoutineHoldsExactlyWhatItsDataSays() {
        for (Routine routine : catalog.routines()) {
            List<Step> steps = Walkthrough.steps(routine);
            for (int i = 0; i < routine.items().size(); i++) {
                Routine.Item item = routine.items().get(i);
                for (Side side : item.stretch().sides()) {
                    final int index = i;
                    int reps = steps.stream().filter(s -> s.item() == index && s.side() == side && !s.isSetup())
                            .mapToInt(Step::reps).sum();
                    assertEquals(item.reps(), reps, routine.id() + " " + item.stretch().id() + " " + side);
                }
            }
            assertEquals(routine.items().size(), steps.stream().filter(Step::isSetup).count(), routine.id());
        }
    }

    @Test
    void longSidesAreSplitEvenlyAndEveryStepFitsTheBudget() {
        Routine.Item tenHolds = new Routine.Item(full.items().get(0).stretch(), 10);
        Routine tenByTen = new Routine("T", Routine.Kind.FOCUS, java.util.Optional.of(Muscle.HAMSTRING), false,
                "test", 10, "test", List.of(tenHolds));
        List<Step> steps = Walkthrough.steps(tenByTen);
        List<Integer> leftParts = steps.stream().filter(s -> !s.isSetup() && s.side() == Side.LEFT)
                .map(Step::reps).toList();
        assertTrue(leftParts.size() > 1, "ten holds of ten seconds don't fit one response: " + leftParts);
        assertTrue(leftParts.stream().mapToInt(Integer::intValue).max().getAsInt()
                - leftParts.stream().mapToInt(Integer::intValue).min().getAsInt() <= 1, "even split " + leftParts);
        for (Routine routine : catalog.routines()) {
            for (Step step : Walkthrough.steps(routine)) {
                assertTrue(StepScript.of(step).estimatedSeconds() <= Walkthrough.STEP_BUDGET_SECONDS,
                        routine.id() + " " + step);
            }
        }
    }

    @Test
    void nextWalksToTheWindDownAndStopsThere() {
        Walkthrough w = Walkthrough.start(quick);
        int steps = w.steps().size();
        for (int i = 0; i < steps; i++) {
            assertFalse(w.atWindDown());
            assertEquals(i, w.index());
            w = w.next();
        }
        assertTrue(w.atWindDown());
        assertEquals(steps, w.next().index(), "next at the wind-down stays there");
        Walkthrough end = w;
        assertThrows(IllegalStateException.class, end::current);
    }

    @Test
    void skipLeavesTheRestOfTheStretchOut() {
        Walkthrough w = Walkthrough.start(quick).next(); // hamstring, left holds
        Walkthrough skipped = w.skip();
        assertEquals(3, skipped.index());
        assertTrue(skipped.current().isSetup());
        assertEquals("wall_calf", skipped.current().stretch().id());
        assertTrue(skipped.onLastStretch());
        assertTrue(skipped.skip().atWindDown(), "skipping the last stretch leads to the wind-down");
        assertFalse(Walkthrough.start(quick).onLastStretch());
    }

    @Test
    void startOverPauseAndResume() {
        Walkthrough w = Walkthrough.start(full).next().next().next();
        assertEquals(0, w.startOver().index());
        Walkthrough paused = w.pause();
        assertTrue(paused.paused());
        assertEquals(w.index(), paused.index());
        assertFalse(paused.resume().paused());
        assertFalse(paused.next().paused(), "moving on ends a pause");
        assertEquals(w.index() + 1, paused.next().index());
    }

    @Test
    void stateRoundTripsThroughJsonFriendlyValues() {
        Walkthrough w = Walkthrough.start(full).next().next().pause();
        Map<String, Object> state = w.toState();
        state.values().forEach(v -> assertTrue(v instanceof String || v instanceof Number || v instanceof Boolean));
        Walkthrough.Restored back = Walkthrough.restore(state, catalog).orElseThrow();
        assertFalse(back.repaired());
        assertEquals(2, back.walkthrough().index());
        assertTrue(back.walkthrough().paused());
        assertSame(full, back.walkthrough().routine());
        state.put("step", 2.0); // a JSON number read back as a double
        assertEquals(2, Walkthrough.restore(state, catalog).orElseThrow().walkthrough().index());
        state.put("step", 2L);
        assertEquals(2, Walkthrough.restore(state, catalog).orElseThrow().walkthrough().index());
    }

    @Test
    void unusableStateNeverThrows() {
        assertTrue(Walkthrough.restore(null, catalog).isEmpty());
        assertTrue(Walkthrough.restore(new HashMap<>(), catalog).isEmpty());
        assertTrue(Walkthrough.restore(state("NO_SUCH_ROUTINE", 1), catalog).isEmpty());
        assertTrue(Walkthrough.restore(state(42, 1), catalog).isEmpty());
        for (Object badStep : new Object[] {"three", -1, 999, 2.5, null, List.of(1), Long.MAX_VALUE, 6}) {
            Walkthrough.Restored r = Walkthrough.restore(state("QUICK", badStep), catalog).orElseThrow();
            assertTrue(r.repaired(), "step " + badStep);
            assertEquals(0, r.walkthrough().index());
            assertFalse(r.walkthrough().paused());
        }
        Map<String, Object> weirdPause = state("QUICK", 1);
        weirdPause.put("paused", "yes");
        assertFalse(Walkthrough.restore(weirdPause, catalog).orElseThrow().walkthrough().paused());
    }

    private static Map<String, Object> state(Object routine, Object step) {
        Map<String, Object> state = new HashMap<>();
        state.put("routine", routine);
        state.put("step", step);
        return state;
    }
}
