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

    public static Advice forAssessment(Assessment assessment, String locale) {
        String reason = assessment.trigger().map(Question::reason).orElse("");
        boolean medicine = assessment.trigger().map(q -> q.slot().equals(MEDICINE_SLOT)).orElse(false);
        return advise(assessment.outcome(), reason, assessment.unsure(), medicine, false, locale);
    }

    /**
     * The advice for an urgent sign said in the person's own words, at any moment. For a sign
     * about the leg itself it adds that the leg should rest until it is checked; it never
     * suggests stretching, rubbing or warming it.
     */
    public static Advice forSign(UrgentSign sign, String locale) {
        return advise(sign.outcome(), sign.reason(), false, false, sign.aboutTheLeg(), locale);
    }

    /**
     * After the last way to ease a cramp: when a cramp has lasted over ten minutes or is getting
     * worse it needs medical help today; said conditionally, since the person knows how long it has
     * been. No more stretches are offered.
     */
    public static Advice forLongCramp(String locale) {
        EmergencyNumber number = EmergencyNumber.forLocale(locale);
        Speech words = Speech.of(locale);
        Builder b = new Builder();
        b.add(words.text("advice.crampIfLong"));
        b.add(words.text("advice.todayWhere.spoken"), words.text("advice.todayWhere.written"));
        b.add(words.text("advice.chestSafetyNet", number.spoken()), words.text("advice.chestSafetyNet", number.written()));
        b.add(words.text("advice.crampEases"));
        return b.build(Outcome.URGENT_SAME_DAY, words.text("advice.crampIfLongTitle"));
    }

    private static Advice advise(Outcome outcome, String reason, boolean unsure, boolean medicine, boolean restLeg,
                                 String locale) {
        EmergencyNumber number = EmergencyNumber.forLocale(locale);
        Speech words = Speech.of(locale);
        Builder b = new Builder();
        switch (outcome) {
            case EMERGENCY -> {
                b.add(words.text("advice.call", number.spoken()), words.text("advice.call", number.written()));
                b.add(reason, words.spelled(reason));
                if (unsure) {
                    b.add(words.text("advice.unsureCall"));
                }
                b.add(words.text("advice.dontWait"));
                return b.build(outcome, words.text("advice.callTitle", number.written()));
            }
            case URGENT_SAME_DAY -> {
                b.add(words.text("advice.today"));
                b.add(words.text("advice.todayWhere.spoken"), words.text("advice.todayWhere.written"));
                b.add(reason, words.spelled(reason));
                if (unsure) {
                    b.add(words.text("advice.unsureCheck"));
                }
                if (restLeg) {
                    b.add(words.text("advice.restLeg"));
                }
                b.add(words.text("advice.chestSafetyNet", number.spoken()), words.text("advice.chestSafetyNet", number.written()));
                return b.build(outcome, words.text("advice.todayTitle"));
            }
            case SEE_DOCTOR -> {
                b.add(words.text("advice.seeDoctor"));
                b.add(reason, words.spelled(reason));
                if (unsure) {
                    b.add(words.text("advice.unsureCheck"));
                }
                b.add(words.text(medicine ? "advice.medicineTriggered" : "advice.medicineGeneral"));
                b.add(words.text("advice.quinine"));
                b.add(words.text("advice.untilThen"));
                return b.build(outcome, words.text("advice.seeDoctorTitle"));
            }
            default -> {
                b.add(words.text("advice.selfCare"));
                b.add(words.text("advice.selfCareHabits"));
                b.add(words.text("advice.selfCareAgain"));
                return b.build(outcome, words.text("advice.selfCareTitle"));
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
