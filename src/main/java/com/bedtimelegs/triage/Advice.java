package com.bedtimelegs.triage;

import java.util.ArrayList;
import java.util.List;

/**
 * What to say at the end of the check, as plain sentences (no SSML): {@code spoken} for Alexa's
 * voice, {@code written} for the card in the Alexa app. The first sentence always says what to
 * do. The self-care advice does not include the follow-up question; the handler asks it.
 *
 * @param outcome the outcome advised on
 * @param title   a short card title naming the action
 * @param spoken  sentences to say, action first
 * @param written the same sentences for reading, with numbers as digits
 */
public record Advice(Outcome outcome, String title, List<String> spoken, List<String> written) {
    static final String UNSURE_CALL = "If you're not sure, it's safest to call.";
    static final String UNSURE_CHECK = "When you're not sure, it's safest to get it checked.";
    static final String MEDICINE_TRIGGERED = "Talk to your doctor or pharmacist about it, and don't stop a medicine on your own.";
    static final String MEDICINE_GENERAL = "If a new medicine might be the cause, talk to your doctor or pharmacist, and don't stop it on your own.";

    /** The advice for these answers, for a listener in {@code locale} (e.g. "en-US"). */
    public static Advice forAnswers(Answers answers, String locale) {
        return forAssessment(Triage.explain(answers), locale);
    }

    public static Advice forAssessment(Assessment assessment, String locale) {
        EmergencyNumber number = EmergencyNumber.forLocale(locale);
        Builder b = new Builder();
        String reason = assessment.trigger().map(Question::reason).orElse("");
        switch (assessment.outcome()) {
            case EMERGENCY -> {
                b.add("Call " + number.spoken() + " now.", "Call " + number.written() + " now.");
                b.add(reason);
                if (assessment.unsure()) {
                    b.add(UNSURE_CALL);
                }
                b.add("Don't wait to see if it passes.");
                return b.build(assessment.outcome(), "Call " + number.written() + " now");
            }
            case URGENT_SAME_DAY -> {
                b.add("Please get medical help today.");
                if ("GB".equals(EmergencyNumber.country(locale))) {
                    b.add("Ask your GP surgery for an urgent appointment, or call NHS one one one.",
                            "Ask your GP surgery for an urgent appointment, or call NHS 111.");
                } else {
                    b.add("Call your doctor, or go to an urgent care clinic.");
                }
                b.add(reason);
                if (assessment.unsure()) {
                    b.add(UNSURE_CHECK);
                }
                b.add("If you get chest pain or sudden breathlessness, call " + number.spoken() + " straight away.",
                        "If you get chest pain or sudden breathlessness, call " + number.written() + " straight away.");
                return b.build(assessment.outcome(), "Get medical help today");
            }
            case SEE_DOCTOR -> {
                b.add("Please book a chat with your doctor.");
                b.add(reason);
                if (assessment.unsure()) {
                    b.add(UNSURE_CHECK);
                }
                boolean medicine = assessment.trigger().map(q -> q.slot().equals("newMedicine")).orElse(false);
                b.add(medicine ? MEDICINE_TRIGGERED : MEDICINE_GENERAL);
                b.add("Until then, a gentle stretch before bed may help.");
                return b.build(assessment.outcome(), "Book a chat with your doctor");
            }
            default -> {
                b.add("Self-care looks reasonable for now.");
                b.add("Gentle stretching before bed, and enough water through the day, often help.");
                b.add("If cramps get more frequent or more painful, or you notice swelling, run this check again.");
                return b.build(assessment.outcome(), "Self-care for now");
            }
        }
    }

    /** The written sentences as one paragraph, for a card. */
    public String cardText() {
        return String.join(" ", written);
    }

    private static final class Builder {
        private final List<String> spoken = new ArrayList<>();
        private final List<String> written = new ArrayList<>();

        void add(String sentence) {
            add(sentence, sentence);
        }

        void add(String say, String write) {
            if (say != null && !say.isBlank()) {
                spoken.add(say);
                written.add(write);
            }
        }

        Advice build(Outcome outcome, String title) {
            return new Advice(outcome, title, List.copyOf(spoken), List.copyOf(written));
        }
    }
}
