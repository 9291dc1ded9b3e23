package com.bedtimelegs.triage;

/**
 * Something a person can say at any moment that needs help now or today, whatever else is going
 * on: chest pain, struggling to breathe, a red and swollen leg, a cramp that won't stop.
 *
 * @param id      the slot value id (EMERGENCY_SYMPTOM, LEG_SIGN) or the intent's own sign
 * @param outcome how urgent it is: EMERGENCY or URGENT_SAME_DAY
 * @param reason  one sentence saying why it matters, naming what was heard
 * @param source  where the rule comes from
 */
public record UrgentSign(String id, Outcome outcome, String reason, String source) {
    /** A sign about the leg itself, where stretching, rubbing or warming the leg would be wrong. */
    public boolean aboutTheLeg() {
        return outcome == Outcome.URGENT_SAME_DAY && !UrgentSigns.CRAMP_PERSISTING.equals(id);
    }
}
