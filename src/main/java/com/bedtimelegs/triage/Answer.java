package com.bedtimelegs.triage;

import java.util.Optional;

/** One answer to a red-flag question. Ids match the YES_NO_UNSURE slot type in the interaction model. */
public enum Answer {
    YES, NO, UNSURE;

    /** The answer for a slot value id or stored name; empty for anything else. */
    public static Optional<Answer> fromId(Object id) {
        if (!(id instanceof String s)) {
            return Optional.empty();
        }
        for (Answer a : values()) {
            if (a.name().equals(s)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
