package com.bedtimelegs.stretch;

/**
 * One response's worth of a routine. A stretch starts with a SETUP step (what it is, how to get
 * into position, its safety cue), so the user can find the wall or the towel in the dark at their
 * own pace; then HOLD steps, one per side, split further when a side has more holds than fit
 * comfortably in one response.
 *
 * @param kind      SETUP or HOLD
 * @param item      index of the stretch in the routine (0-based)
 * @param items     number of stretches in the routine
 * @param stretch   the stretch
 * @param side      the side held in this step (for SETUP: the side to start with)
 * @param firstRep  number of the first hold in this step, 1-based, counting this side's holds
 * @param reps      holds in this step (0 for SETUP)
 * @param sideReps  holds on each side in this routine
 * @param firstSide true for the first side of the stretch
 * @param lastSide  true for the last side of the stretch
 */
public record Step(Kind kind, int item, int items, Stretch stretch, Side side, int firstRep, int reps, int sideReps,
                   boolean firstSide, boolean lastSide) {

    public enum Kind { SETUP, HOLD }

    public boolean isSetup() {
        return kind == Kind.SETUP;
    }

    /** The last hold step of this side. */
    public boolean endsSide() {
        return kind == Kind.HOLD && firstRep + reps - 1 == sideReps;
    }

    /** The last step of the stretch. */
    public boolean endsStretch() {
        return lastSide && endsSide();
    }

    /** The last step of the routine before the wind-down. */
    public boolean endsRoutine() {
        return item == items - 1 && endsStretch();
    }

    /** Seconds of holding in this step: hold seconds times holds, straight from the data. */
    public int holdSeconds() {
        return stretch.holdSeconds() * reps;
    }
}
