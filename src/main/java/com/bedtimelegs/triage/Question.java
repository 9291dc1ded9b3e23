package com.bedtimelegs.triage;

/**
 * One red-flag question, as loaded from {@code triage/rules.json}.
 *
 * @param slot              the RedFlagCheckIntent slot that holds the answer
 * @param ask               one short sentence answerable by yes or no
 * @param ifYes             the outcome a yes leads to
 * @param unsureCountsAsYes whether "not sure" is treated as yes
 * @param reason            one sentence saying why a yes matters
 * @param source            where the rule comes from
 */
public record Question(String slot, String ask, Outcome ifYes, boolean unsureCountsAsYes, String reason,
                       String source) {

    /** Whether this answer to the question counts toward {@link #ifYes()}. */
    public boolean raisedBy(Answer answer) {
        return answer == Answer.YES || (answer == Answer.UNSURE && unsureCountsAsYes);
    }
}
