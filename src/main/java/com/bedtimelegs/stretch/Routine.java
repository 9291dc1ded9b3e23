package com.bedtimelegs.stretch;

import java.util.List;
import java.util.Optional;

/**
 * A routine: stretches in order, each with the number of holds per side used in this routine.
 *
 * @param id      QUICK, FULL, IN_BED, or a focus routine id such as FOCUS_CALF
 * @param kind    what the routine is for
 * @param focus   the muscle of a focus routine, empty otherwise
 * @param inBed   true when nothing in it asks the user to stand
 * @param name    spoken name, e.g. "the quick bedtime stretch"
 * @param minutes about how long it takes, as promised to the user
 * @param intro   one or two sentences said before the first stretch
 * @param items   the stretches, in order
 */
public record Routine(String id, Kind kind, Optional<Muscle> focus, boolean inBed, String name, int minutes,
                      String intro, List<Item> items) {
    public Routine {
        items = List.copyOf(items);
    }

    public enum Kind { QUICK, FULL, IN_BED, FOCUS }

    /** One stretch in a routine with the holds per side this routine asks for. */
    public record Item(Stretch stretch, int reps) {
    }
}
