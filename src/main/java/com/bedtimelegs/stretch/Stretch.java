package com.bedtimelegs.stretch;

import java.util.List;

/**
 * One stretch, as data.
 *
 * @param id          stable id, referenced by routines
 * @param name        spoken name, e.g. "wall calf stretch"
 * @param muscle      the muscle a focus routine files it under
 * @param target      spoken words for where it should be felt, e.g. "your calf"
 * @param position    standing, lying, or sitting in bed
 * @param setup       how to get into position
 * @param holdCue     what to do as each hold begins
 * @param holdSeconds seconds of each hold
 * @param sides       LEFT then RIGHT, or BOTH at once
 * @param reps        holds per side
 * @param safety      the stretch's own safety cue
 * @param limb        the word after "your left", usually "leg"
 * @param movement    true when the "hold" is a slow movement kept up for the time (ankle pumps)
 * @param source      where the stretch comes from (see {@link com.bedtimelegs.content.Sources})
 */
public record Stretch(String id, String name, Muscle muscle, String target, Position position, String setup,
                      String holdCue, int holdSeconds, List<Side> sides, int reps, String safety, String limb,
                      boolean movement, String source) {
    public Stretch {
        sides = List.copyOf(sides);
    }
}
