package com.bedtimelegs.stretch;

/** One item of a spoken script: words, or a silent pause (a hold, a rest between holds, a breath). */
public sealed interface Cue {
    record Say(String text) implements Cue {
    }

    record Pause(int seconds, Kind kind) implements Cue {
        public Pause {
            if (seconds <= 0) {
                throw new IllegalArgumentException("a pause must be at least one second: " + seconds);
            }
        }
    }

    enum Kind { HOLD, REST, BREATH }
}
