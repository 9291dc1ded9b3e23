package com.bedtimelegs.cramp;

import java.util.List;

/**
 * The techniques for one muscle, tried in order while the cramp holds on.
 *
 * @param id         a MUSCLE slot id (CALF, HAMSTRING, QUAD, FOOT) or {@link CrampGuide#GENERAL}
 * @param name       how the muscle is spoken of, e.g. "calf"
 * @param techniques first one is the immediate answer; the rest follow "it's still cramping"
 */
public record MuscleGuide(String id, String name, List<Technique> techniques) {
    public MuscleGuide {
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
    }
}
