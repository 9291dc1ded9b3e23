package com.bedtimelegs.stretch;

/** The muscles a focus routine can target; the names match the MUSCLE slot ids in en-US.json. */
public enum Muscle {
    CALF("calves"), HAMSTRING("hamstrings"), QUAD("thighs"), FOOT("feet");

    private final String spokenPlural;

    Muscle(String spokenPlural) {
        this.spokenPlural = spokenPlural;
    }

    /** As said in a sentence: "a stretch for your calves". */
    public String spokenPlural() {
        return spokenPlural;
    }
}
