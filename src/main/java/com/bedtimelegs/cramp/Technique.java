package com.bedtimelegs.cramp;

import java.util.List;

/**
 * One way to ease a cramp, spoken in order: the action (a short first sentence), how to do it,
 * then a timed hold.
 *
 * @param action      the first thing to do, at most {@value CrampGuide#MAX_ACTION_WORDS} words
 * @param how         short sentences, one idea each
 * @param hold        the sentence that starts the timed hold, e.g. "Hold it there for twenty seconds."
 *                    (empty when there is no hold)
 * @param holdSeconds length of the hold; 0 for none, otherwise {@value CrampGuide#MIN_HOLD_SECONDS}
 *                    to {@value CrampGuide#MAX_HOLD_SECONDS}
 * @param source      where the technique comes from (see {@link com.bedtimelegs.content.Sources})
 */
public record Technique(String action, List<String> how, String hold, int holdSeconds, String source) {
    public Technique {
        how = how == null ? List.of() : List.copyOf(how);
        hold = hold == null ? "" : hold;
    }

    public boolean hasHold() {
        return holdSeconds > 0;
    }
}
