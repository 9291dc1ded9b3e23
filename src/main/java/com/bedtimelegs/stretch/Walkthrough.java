package com.bedtimelegs.stretch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the user is in a routine: the routine, the step, and whether they asked to pause. Immutable;
 * every move returns a new position. Position {@link #steps()}.size() is the wind-down.
 *
 * <p>The steps are a pure function of the routine, so the session only stores the routine id, the
 * step index and the pause flag ({@link #toState()} / {@link #restore}).
 */
public final class Walkthrough {
    /** The most a step's script may take, leaving room for the words around it (intro, "say next"). */
    public static final double STEP_BUDGET_SECONDS = 72;

    static final String ROUTINE = "routine";
    static final String STEP = "step";
    static final String PAUSED = "paused";

    private final Routine routine;
    private final List<Step> steps;
    private final int index;
    private final boolean paused;

    private Walkthrough(Routine routine, List<Step> steps, int index, boolean paused) {
        this.routine = routine;
        this.steps = steps;
        this.index = index;
        this.paused = paused;
    }

    public static Walkthrough start(Routine routine) {
        return new Walkthrough(routine, steps(routine), 0, false);
    }

    public Routine routine() {
        return routine;
    }

    public List<Step> steps() {
        return steps;
    }

    public int index() {
        return index;
    }

    public boolean paused() {
        return paused;
    }

    /** True once every stretch is done: only the wind-down is left. */
    public boolean atWindDown() {
        return index >= steps.size();
    }

    public Step current() {
        if (atWindDown()) {
            throw new IllegalStateException("the routine is at its wind-down");
        }
        return steps.get(index);
    }

    /** On to the next step (or the wind-down after the last); also ends a pause. */
    public Walkthrough next() {
        return new Walkthrough(routine, steps, Math.min(index + 1, steps.size()), false);
    }

    /** Past the rest of the current stretch, to the next stretch's setup (or the wind-down). */
    public Walkthrough skip() {
        if (atWindDown()) {
            return this;
        }
        int item = current().item();
        int target = index;
        while (target < steps.size() && steps.get(target).item() == item) {
            target++;
        }
        return new Walkthrough(routine, steps, target, false);
    }

    /** True when skipping would leave no stretch, only the wind-down. */
    public boolean onLastStretch() {
        return !atWindDown() && current().item() == current().items() - 1;
    }

    public Walkthrough startOver() {
        return new Walkthrough(routine, steps, 0, false);
    }

    public Walkthrough pause() {
        return new Walkthrough(routine, steps, index, true);
    }

    public Walkthrough resume() {
        return new Walkthrough(routine, steps, index, false);
    }

    /** Only JSON-friendly values, for the session attributes. */
    public Map<String, Object> toState() {
        Map<String, Object> state = new HashMap<>();
        state.put(ROUTINE, routine.id());
        state.put(STEP, index);
        state.put(PAUSED, paused);
        return state;
    }

    /**
     * A walkthrough read back from session state. Empty when there is no usable routine id;
     * a step out of range or of the wrong type puts the user back at the routine's first step and
     * sets {@link Restored#repaired()} so the skill can say so.
     */
    public static Optional<Restored> restore(Map<String, Object> state, RoutineCatalog catalog) {
        if (state == null) {
            return Optional.empty();
        }
        Object id = state.get(ROUTINE);
        Optional<Routine> routine = id instanceof String s ? catalog.routine(s) : Optional.empty();
        if (routine.isEmpty()) {
            return Optional.empty();
        }
        List<Step> steps = steps(routine.get());
        Object step = state.get(STEP);
        boolean wholeNumber = step instanceof Integer || step instanceof Long
                || (step instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()));
        int index = wholeNumber ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                ((Number) step).longValue())) : -1;
        boolean repaired = index < 0 || index >= steps.size();
        if (repaired) {
            index = 0;
        }
        boolean paused = Boolean.TRUE.equals(state.get(PAUSED));
        return Optional.of(new Restored(new Walkthrough(routine.get(), steps, index, paused && !repaired), repaired));
    }

    public record Restored(Walkthrough walkthrough, boolean repaired) {
    }

    /**
     * Every step of a routine: for each stretch a setup step, then for each side its holds, in as
     * few steps as keep each step's script within {@value #STEP_BUDGET_SECONDS} seconds, split
     * evenly (ten holds become four, three and three rather than seven and three).
     */
    public static List<Step> steps(Routine routine) {
        List<Step> out = new ArrayList<>();
        List<Routine.Item> items = routine.items();
        for (int i = 0; i < items.size(); i++) {
            Routine.Item item = items.get(i);
            Stretch stretch = item.stretch();
            List<Side> sides = stretch.sides();
            out.add(new Step(Step.Kind.SETUP, i, items.size(), stretch, sides.get(0), 1, 0, item.reps(), true,
                    sides.size() == 1));
            for (int s = 0; s < sides.size(); s++) {
                out.addAll(holdSteps(i, items.size(), item, sides.get(s), s == 0, s == sides.size() - 1));
            }
        }
        return List.copyOf(out);
    }

    private static List<Step> holdSteps(int i, int count, Routine.Item item, Side side, boolean firstSide,
                                        boolean lastSide) {
        int reps = item.reps();
        List<Step> parts = List.of();
        for (int partCount = 1; partCount <= reps; partCount++) {
            parts = new ArrayList<>();
            int first = 1;
            for (int p = 0; p < partCount; p++) {
                int size = reps / partCount + (p < reps % partCount ? 1 : 0);
                parts.add(new Step(Step.Kind.HOLD, i, count, item.stretch(), side, first, size, reps, firstSide,
                        lastSide));
                first += size;
            }
            if (parts.stream().allMatch(step -> StepScript.of(step).estimatedSeconds() <= STEP_BUDGET_SECONDS)) {
                break;
            }
        }
        return parts;
    }
}
