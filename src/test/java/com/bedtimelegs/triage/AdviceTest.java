package com.bedtimelegs.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first sentence of every outcome says what to do; numbers follow the locale. */
class AdviceTest {
    private static Advice advise(String letters, String locale) {
        return Advice.forAnswers(TriageTest.row(letters), locale);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "Y-------, en-US, Call nine one one now., Call 911 now.",
            "U-------, en-GB, Call nine nine nine now., Call 999 now.",
            "Y-------, en-AU, Call triple zero now., Call 000 (triple zero) now.",
            "Y-------, en-IN, Call one one two now., Call 112 now.",
            "Y-------, de-DE, Call your local emergency number now., Call your local emergency number now.",
            "NY------, en-US, Please get medical help today., Please get medical help today.",
            "NNNY----, en-US, Please book a chat with your doctor., Please book a chat with your doctor.",
            "NNNNNNNN, en-US, Self-care looks reasonable for now., Self-care looks reasonable for now.",
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
        Advice advice = advise("Y-------", "en-US");
        assertTrue(advice.spoken().get(1).contains("blood clot"));
        assertEquals("Don't wait to see if it passes.", advice.spoken().get(advice.spoken().size() - 1));
        assertFalse(advice.spoken().contains(Advice.UNSURE_CALL));
        assertTrue(advise("U-------", "en-US").spoken().contains(Advice.UNSURE_CALL));
        assertEquals("Call 911 now", advice.title());
    }

    @Test
    void sameDayGivesALocalRouteAndAnEmergencySafetyNet() {
        Advice us = advise("NY------", "en-US");
        assertTrue(us.spoken().contains("Call your doctor, or go to an urgent care clinic."));
        assertTrue(us.spoken().get(us.spoken().size() - 1).contains("call nine one one straight away"));
        Advice gb = advise("NNY-----", "en-GB");
        assertTrue(gb.written().get(1).contains("NHS 111"), gb.written().toString());
        assertTrue(gb.spoken().get(1).contains("NHS one one one"), gb.spoken().toString());
        assertTrue(gb.written().get(gb.written().size() - 1).contains("call 999"));
        Advice swollen = advise("NY------", "en-GB");
        assertTrue(swollen.cardText().contains("discoloured"), swollen.cardText());
        assertTrue(String.join(" ", swollen.spoken()).contains("swollen, warm or discolored leg"), swollen.spoken().toString());
        assertTrue(advise("NY------", "en-US").cardText().contains("discolored"));
    }

    @Test
    void seeDoctorAlwaysWarnsAgainstStoppingAMedicine() {
        Advice medicine = advise("NNNNNNNY", "en-US");
        assertTrue(medicine.spoken().get(1).contains("cholesterol"), medicine.spoken().toString());
        assertTrue(medicine.spoken().contains(Advice.MEDICINE_TRIGGERED));
        Advice severe = advise("NNNY----", "en-US");
        assertTrue(severe.spoken().contains(Advice.MEDICINE_GENERAL));
        assertFalse(severe.spoken().contains(Advice.UNSURE_CHECK));
        assertTrue(advise("NNNU----", "en-US").spoken().contains(Advice.UNSURE_CHECK));
    }

    @Test
    void selfCareSaysWhenToComeBackAndSendsNobodyToADoctor() {
        Advice advice = Advice.forAssessment(new Assessment(Outcome.SELF_CARE, Optional.empty(), false), "en-US");
        assertTrue(String.join(" ", advice.spoken()).contains("run this check again"));
        assertFalse(String.join(" ", advice.spoken()).toLowerCase().contains("doctor"));
    }
}
