package com.bedtimelegs.triage;

import com.bedtimelegs.speech.Speech;
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
    /** The question about medicines known to cause cramps, new or not. */
    static final String MEDICINE_SLOT = "crampMedicine";
    private static final Speech US = Speech.of("en-US");
    static final String UNSURE_CALL = US.text("advice.unsureCall");
    static final String UNSURE_CHECK = US.text("advice.unsureCheck");
    static final String MEDICINE_TRIGGERED = US.text("advice.medicineTriggered");
    static final String MEDICINE_GENERAL = US.text("advice.medicineGeneral");

    /** The advice for these answers, for a listener in {@code locale} (e.g. "en-US"). */
    public static Advice forAnswers(Answers answers, String locale) {
        return forAssessment(Triage.explain(answers), locale);
    }

    public static Advice forAssessment(Assessment assessment, String locale) {
        EmergencyNumber number = EmergencyNumber.forLocale(locale);
        Speech words = Speech.of(locale);
        Builder b = new Builder();
        String reason = assessment.trigger().map(Question::reason).orElse("");
        switch (assessment.outcome()) {
            case EMERGENCY -> {
                b.add(words.text("advice.call", number.spoken()), words.text("advice.call", number.written()));
                b.add(reason, words.spelled(reason));
                if (assessment.unsure()) {
                    b.add(words.text("advice.unsureCall"));
                }
                b.add(words.text("advice.dontWait"));
                return b.build(assessment.outcome(), words.text("advice.callTitle", number.written()));
            }
            case URGENT_SAME_DAY -> {
                b.add(words.text("advice.today"));
                b.add(words.text("advice.todayWhere.spoken"), words.text("advice.todayWhere.written"));
                b.add(reason, words.spelled(reason));
                if (assessment.unsure()) {
                    b.add(words.text("advice.unsureCheck"));
                }
                b.add(words.text("advice.chestSafetyNet", number.spoken()), words.text("advice.chestSafetyNet", number.written()));
                return b.build(assessment.outcome(), words.text("advice.todayTitle"));
            }
            case SEE_DOCTOR -> {
                b.add(words.text("advice.seeDoctor"));
                b.add(reason, words.spelled(reason));
                if (assessment.unsure()) {
                    b.add(words.text("advice.unsureCheck"));
                }
                boolean medicine = assessment.trigger().map(q -> q.slot().equals(MEDICINE_SLOT)).orElse(false);
                b.add(words.text(medicine ? "advice.medicineTriggered" : "advice.medicineGeneral"));
                b.add(words.text("advice.quinine"));
                b.add(words.text("advice.untilThen"));
                return b.build(assessment.outcome(), words.text("advice.seeDoctorTitle"));
            }
            default -> {
                b.add(words.text("advice.selfCare"));
                b.add(words.text("advice.selfCareHabits"));
                b.add(words.text("advice.selfCareAgain"));
                return b.build(assessment.outcome(), words.text("advice.selfCareTitle"));
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
