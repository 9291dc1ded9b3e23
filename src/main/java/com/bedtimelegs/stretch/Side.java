package com.bedtimelegs.stretch;

/** Which leg a hold is for; BOTH means both legs (or feet) at once. */
public enum Side {
    LEFT("left"), RIGHT("right"), BOTH("both");

    private final String spoken;

    Side(String spoken) {
        this.spoken = spoken;
    }

    public String spoken() {
        return spoken;
    }
}
