package com.bedtimelegs.stretch;

/** How the body is placed for a stretch; only the in-bed positions may appear in an in-bed routine. */
public enum Position {
    STANDING(false), LYING(true), SITTING_IN_BED(true);

    private final boolean inBed;

    Position(boolean inBed) {
        this.inBed = inBed;
    }

    /** True when the stretch can be done without getting out of bed. */
    public boolean inBed() {
        return inBed;
    }
}
