package com.bedtimelegs.triage;

import com.bedtimelegs.speech.Speech;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first sentence of every outcome says what to do; numbers follow the locale. */
class AdviceTest {
    private static final Speech US = Speech.of("en-US");
    private static final String UNSURE_CALL = US.text("advice.unsureCall");
    private static final String UNSURE_CHECK = US.text("advice.unsureCheck");
    private static final String MEDICINE_TRIGGERED = US.text("advice.medicineTriggered");
    private static final String MEDICINE_GENERAL = US.text("advice.medicineGeneral");

    private static Advice advise(String letters, String locale) {
        return Advice.forAssessment(Triage.explain(TriageTest.row(letters)), locale);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "Y--------, en-US, Call nine one one now., Call 911 now.",
            "U--------, en-GB, Call nine nine nine now., Call 999 now.",
            "Y--------, en-AU, Call triple zero now., Call 000 (triple zero) now.",
            "Y--------, en-IN, Call one one two now., Call 112 now.",
            "Y--------, de-DE, Call your local emergency number now., Call your local emergency number now.",
            "NY-------, en-US, Please get medical help today., Please get medical help today.",
            "NNNY-----, en-GB, Please get medical help today., Please get medical help today.",
            "NNNNY----, en-IN, Please see a doctor today., Please see a doctor today.",
            "NNNNNNY--, en-US, Please book an appointment with your doctor in the next few days., Please book an appointment with your doctor in the next few days.",
            "NNNNNNNNY, en-GB, Please book an appointment with your GP in the next few days., Please book an appointment with your GP in the next few days.",
            "NNNNNNNNN, en-US, You said no to each warning sign I asked about., You said no to each warning sign I asked about.",
    })
    void theFirstSentenceNamesWhatToDo(String letters, String locale, String firstSpoken, String firstWritten) {
        Advice advice = advise(letters, locale);
        assertEquals(firstSpoken, advice.spoken().get(0));
        assertEquals(firstWritten, advice.written().get(0));
        assertTrue(advice.cardText().startsWith(firstWritten));
        assertEquals(advice.spoken().size(), advice.written().size());
    }

    @Test
    void emergencySaysWhyAndNotToWait() {
        Advice advice = advise("Y--------", "en-US");
        assertTrue(advice.spoken().get(1).contains("blood clot"));
        assertEquals("Don't wait to see if it passes.", advice.spoken().get(advice.spoken().size() - 1));
        assertFalse(advice.spoken().contains(UNSURE_CALL));
        assertTrue(advise("U--------", "en-US").spoken().contains(UNSURE_CALL));
        assertEquals("Call 911 now", advice.title());
    }

    @Test
    void sameDayGivesALocalRouteAndAnEmergencySafetyNet() {
        Advice us = advise("NY-------", "en-US");
        assertTrue(us.spoken().contains("See a doctor today, or go to an urgent care clinic."));
        assertTrue(us.spoken().get(us.spoken().size() - 1).contains("call nine one one straight away"));
        Advice gb = advise("NNY------", "en-GB");
        assertTrue(gb.written().get(1).contains("NHS 111"), gb.written().toString());
        assertTrue(gb.spoken().get(1).contains("NHS one one one"), gb.spoken().toString());
        assertTrue(gb.written().get(gb.written().size() - 1).contains("call 999"));
        Advice swollen = advise("NY-------", "en-GB");
        assertTrue(swollen.cardText().contains("discoloured"), swollen.cardText());
        assertTrue(String.join(" ", swollen.spoken()).contains("swollen, warm or discolored leg"), swollen.spoken().toString());
        assertTrue(advise("NY-------", "en-US").cardText().contains("discolored"));
        Advice au = advise("NNNY-----", "en-AU");
        assertTrue(au.written().get(1).contains("healthdirect on 1800 022 222"), au.written().toString());
        assertTrue(au.spoken().get(1).contains("one eight hundred, zero two two, two two two"), au.spoken().toString());
    }

    /** Every same-day sign says why in its own words, and a long cramp is not sent to a routine appointment. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "NNNY-----, longer than ten minutes",
            "NNNNY----, tetanus",
            "NNNNNY---, lead",
    })
    void newSameDaySignsSayWhatWasHeard(String letters, String words) {
        Advice advice = advise(letters, "en-US");
        assertEquals(Outcome.URGENT_SAME_DAY, advice.outcome());
        assertTrue(advice.spoken().get(2).contains(words), advice.spoken().toString());
        assertTrue(advice.title().contains("today"), advice.title());
    }

    /** Every referral says when and where, in every locale. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "NY-------, en-US, today, doctor",
            "NY-------, en-CA, today, clinic",
            "NY-------, en-GB, today, GP",
            "NY-------, en-AU, today, GP",
            "NY-------, en-IN, today, doctor",
            "NNNNNNY--, en-US, next few days, doctor",
            "NNNNNNY--, en-CA, next few days, family doctor",
            "NNNNNNY--, en-GB, next few days, GP",
            "NNNNNNY--, en-AU, next few days, GP",
            "NNNNNNY--, en-IN, next few days, doctor",
    })
    void everyReferralHasAnUrgencyAndAPlace(String letters, String locale, String when, String where) {
        String said = String.join(" ", advise(letters, locale).spoken().subList(0, 2));
        assertTrue(said.contains(when), said);
        assertTrue(said.contains(where), said);
    }

    @Test
    void seeDoctorAlwaysWarnsAgainstStoppingAMedicine() {
        Advice medicine = advise("NNNNNNNNY", "en-US");
        assertTrue(medicine.spoken().get(1).contains("statins"), medicine.spoken().toString());
        assertTrue(medicine.spoken().contains(MEDICINE_TRIGGERED));
        assertTrue(MEDICINE_TRIGGERED.contains("Don't stop a prescribed medicine without speaking to your doctor"));
        Advice frequent = advise("NNNNNNYNN", "en-US");
        assertTrue(frequent.spoken().contains(MEDICINE_GENERAL));
        assertTrue(MEDICINE_GENERAL.contains("Don't stop a prescribed medicine without speaking to your doctor"));
        assertFalse(frequent.spoken().contains(UNSURE_CHECK));
        assertTrue(advise("NNNNNNUNN", "en-US").spoken().contains(UNSURE_CHECK));
    }

    @Test
    void seeDoctorSaysNotToTakeQuinineUnlessPrescribed() {
        for (String letters : java.util.List.of("NNNNNNYNN", "NNNNNNNYN", "NNNNNNNNY")) {
            assertTrue(String.join(" ", advise(letters, "en-US").spoken())
                    .contains("Don't take quinine for cramps unless a doctor prescribes it."), letters);
        }
        assertFalse(String.join(" ", advise("NY-------", "en-US").spoken()).contains("quinine"));
    }

    @Test
    void selfCareSaysWhatWasHeardAndWhenToActWithoutADiagnosis() {
        Advice advice = Advice.forAssessment(new Assessment(Outcome.SELF_CARE, Optional.empty(), false), "en-US");
        String said = String.join(" ", advice.spoken());
        assertTrue(advice.spoken().get(0).startsWith("You said no"), said);
        assertFalse(advice.spoken().get(0).toLowerCase().contains("doctor"), "no referral first: " + said);
        assertTrue(said.contains("longer than ten minutes") && said.contains("that same day"), said);
        assertFalse(said.toLowerCase().contains("looks reasonable") || said.toLowerCase().contains("normal"), said);
        String gb = String.join(" ", Advice.forAssessment(new Assessment(Outcome.SELF_CARE, Optional.empty(), false),
                "en-GB").spoken());
        assertTrue(gb.contains("NHS one one one"), gb);
    }
}
