package com.bedtimelegs.triage;

/** Where the red-flag check ends, most urgent first: a lower ordinal always wins. */
public enum Outcome {
    /** Possible clot in the lung: call emergency services now. */
    EMERGENCY,
    /** Possible DVT: get medical help the same day. */
    URGENT_SAME_DAY,
    /** Talk to a doctor (or pharmacist, for a medicine) soon. */
    SEE_DOCTOR,
    /** Nothing worrying found: self-care, and run the check again if things change. */
    SELF_CARE;

    public boolean moreUrgentThan(Outcome other) {
        return ordinal() < other.ordinal();
    }
}
