package com.bedtimelegs.triage;

import static com.bedtimelegs.triage.Answer.NO;
import static com.bedtimelegs.triage.Answer.UNSURE;
import static com.bedtimelegs.triage.Answer.YES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The red-flag rules as a table. The expected outcome for each sign is written here by hand from
 * the issue (not read from rules.json), so a wrong edit to the data fails these tests.
 */
class TriageTest {
    /** Asking order, as the issue requires: the emergency question first. */
    static final List<String> ORDER = List.of("chestSymptoms", "oneLegSwollen", "hardPainfulVeins", "severeOrLong",
            "notEasedByStretching", "frequentOrSleepLoss", "numbnessOrSkinChange", "newMedicine");

    /** What a yes to each question means, from the issue's rules 1 to 3. */
    static final Map<String, Outcome> RULE = Map.of(
            "chestSymptoms", Outcome.EMERGENCY,
            "oneLegSwollen", Outcome.URGENT_SAME_DAY,
            "hardPainfulVeins", Outcome.URGENT_SAME_DAY,
            "severeOrLong", Outcome.SEE_DOCTOR,
            "notEasedByStretching", Outcome.SEE_DOCTOR,
            "frequentOrSleepLoss", Outcome.SEE_DOCTOR,
            "numbnessOrSkinChange", Outcome.SEE_DOCTOR,
            "newMedicine", Outcome.SEE_DOCTOR);

    /** Answers from a row: one letter per question in asking order, Y, N, U (not sure) or - (not asked). */
    static Answers row(String letters) {
        assertEquals(ORDER.size(), letters.length(), "one letter per question: " + letters);
        Answers answers = Answers.none();
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c != '-') {
                answers = answers.with(ORDER.get(i), switch (c) {
                    case 'Y' -> YES;
                    case 'N' -> NO;
                    case 'U' -> UNSURE;
                    default -> throw new IllegalArgumentException("bad letter " + c);
                });
            }
        }
        return answers;
    }

    @Test
    void questionsAreAskedInTheIssuesOrderWithTheEmergencyQuestionFirst() {
        assertEquals(ORDER, Triage.questions().stream().map(Question::slot).toList());
        assertEquals(Outcome.EMERGENCY, Triage.questions().get(0).ifYes());
    }

    @ParameterizedTest(name = "{0}: yes -> {1}")
    @CsvSource({
            "chestSymptoms,        EMERGENCY,       NHS: DVT (nhs.uk/conditions/deep-vein-thrombosis-dvt)",
            "oneLegSwollen,        URGENT_SAME_DAY, NHS: DVT (nhs.uk/conditions/deep-vein-thrombosis-dvt)",
            "hardPainfulVeins,     URGENT_SAME_DAY, NHS: DVT (nhs.uk/conditions/deep-vein-thrombosis-dvt)",
            "severeOrLong,         SEE_DOCTOR,      NHS: Leg cramps (nhs.uk/conditions/leg-cramps)",
            "notEasedByStretching, SEE_DOCTOR,      NHS: Leg cramps (nhs.uk/conditions/leg-cramps)",
            "frequentOrSleepLoss,  SEE_DOCTOR,      NHS: Leg cramps (nhs.uk/conditions/leg-cramps)",
            "numbnessOrSkinChange, SEE_DOCTOR,      NHS: Leg cramps (nhs.uk/conditions/leg-cramps)",
            "newMedicine,          SEE_DOCTOR,      NHS: Leg cramps (nhs.uk/conditions/leg-cramps)",
    })
    void everyRuleAloneLeadsToItsOutcomeAndNamesItsSource(String slot, Outcome outcome, String source) {
        Question q = Triage.question(slot).orElseThrow();
        assertEquals(outcome, q.ifYes());
        assertTrue(q.source().startsWith(source), q.source());
        assertEquals(outcome, Triage.assess(Answers.of(slot, YES)));
        assertEquals(Outcome.SELF_CARE, Triage.assess(Answers.of(slot, NO)));
    }

    @Test
    void theSeedGuideIsCitedForTheSeeADoctorSignsItLists() {
        for (String slot : List.of("severeOrLong", "frequentOrSleepLoss", "numbnessOrSkinChange", "newMedicine")) {
            assertTrue(Triage.question(slot).orElseThrow().source().contains("Seed guide:"), slot);
        }
    }

    @ParameterizedTest(name = "{0}: not sure -> {1}")
    @CsvSource({
            "chestSymptoms,        EMERGENCY",
            "oneLegSwollen,        URGENT_SAME_DAY",
            "hardPainfulVeins,     URGENT_SAME_DAY",
            "severeOrLong,         SEE_DOCTOR",
            "notEasedByStretching, SEE_DOCTOR",
            "frequentOrSleepLoss,  SEE_DOCTOR",
            "numbnessOrSkinChange, SEE_DOCTOR",
            "newMedicine,          SEE_DOCTOR",
    })
    void notSureIsTreatedAsYes(String slot, Outcome outcome) {
        Assessment a = Triage.explain(Answers.of(slot, UNSURE));
        assertEquals(outcome, a.outcome());
        assertTrue(a.unsure());
        assertEquals(slot, a.trigger().orElseThrow().slot());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // chest, one leg, veins, severe, not eased, frequent, numbness, medicine
            "NNNNNNNN, SELF_CARE",
            "--------, SELF_CARE",
            "YYYYYYYY, EMERGENCY",
            "UUUUUUUU, EMERGENCY",
            "YNNNNNNN, EMERGENCY",
            "Y-------, EMERGENCY",
            "UNNNNNNN, EMERGENCY",
            // emergency beats every other sign
            "YYNNNNNN, EMERGENCY",
            "YNYNNNNN, EMERGENCY",
            "YNNYYYYY, EMERGENCY",
            "-YY-----, URGENT_SAME_DAY",
            "------Y-, SEE_DOCTOR",
            "------YU, SEE_DOCTOR",
            "Y-----Y-, EMERGENCY",
            // same-day beats see-a-doctor
            "NYNNNNNN, URGENT_SAME_DAY",
            "NNYNNNNN, URGENT_SAME_DAY",
            "NUUNNNNN, URGENT_SAME_DAY",
            "NYNYYYYY, URGENT_SAME_DAY",
            "NNYYNNNY, URGENT_SAME_DAY",
            "NNUYNNNN, URGENT_SAME_DAY",
            // see a doctor: any one sign is enough, and they don't add up to more
            "NNNYNNNN, SEE_DOCTOR",
            "NNNNYNNN, SEE_DOCTOR",
            "NNNNNYNN, SEE_DOCTOR",
            "NNNNNNYN, SEE_DOCTOR",
            "NNNNNNNY, SEE_DOCTOR",
            "NNNYYYYY, SEE_DOCTOR",
            "NNNUUUUU, SEE_DOCTOR",
            "NNNNNNNU, SEE_DOCTOR",
    })
    void combinations(String letters, Outcome expected) {
        assertEquals(expected, Triage.assess(row(letters)));
    }

    /** Every one of the 3^8 full answer sets: the outcome is the most urgent rule any yes or not-sure raises. */
    @Test
    void everyCombinationEscalatesToItsMostUrgentSign() {
        int checked = 0;
        for (Answers answers : allFullAnswerSets()) {
            Outcome expected = Outcome.SELF_CARE;
            for (String slot : ORDER) {
                Answer a = answers.get(slot).orElseThrow();
                if (a != NO) {
                    expected = Outcome.mostUrgent(expected, RULE.get(slot));
                }
            }
            assertEquals(expected, Triage.assess(answers), answers::toString);
            checked++;
        }
        assertEquals(6561, checked);
    }

    @ParameterizedTest(name = "{0} -> next {1}")
    @CsvSource({
            "--------, chestSymptoms",
            "N-------, oneLegSwollen",
            "NN------, hardPainfulVeins",
            "NNN-----, severeOrLong",
            "NNNN----, notEasedByStretching",
            "NNNNN---, frequentOrSleepLoss",
            "NNNNNN--, numbnessOrSkinChange",
            "NNNNNNN-, newMedicine",
            "NNNNNNNN, ''",
            // emergency answer: nothing else is asked
            "Y-------, ''",
            "U-------, ''",
            // same-day answer: the see-a-doctor questions no longer matter
            "NY------, ''",
            "NNU-----, ''",
            // one see-a-doctor sign settles it; the rest are skipped
            "NNNY----, ''",
            "NNNNNU--, ''",
            // answered out of order (e.g. by a one-shot): the emergency question is still asked first
            "---Y----, chestSymptoms",
            "-Y------, chestSymptoms",
            "N--Y----, oneLegSwollen",
    })
    void nextQuestionAsksOnlyWhatCanStillChangeTheOutcome(String letters, String expected) {
        Optional<Question> next = Triage.nextQuestion(row(letters));
        if (expected == null || expected.isEmpty()) {
            assertTrue(next.isEmpty(), () -> "expected no question but got " + next.get().slot());
        } else {
            assertEquals(expected, next.map(Question::slot).orElse("(none)"));
        }
    }

    /**
     * Walking the check question by question with any full set of answers ends with the same
     * outcome as knowing every answer: skipping never hides anything more urgent.
     */
    @Test
    void skippingNeverChangesTheOutcome() {
        int longest = 0;
        for (Answers full : allFullAnswerSets()) {
            Answers walked = Answers.none();
            for (Optional<Question> q = Triage.nextQuestion(walked); q.isPresent(); q = Triage.nextQuestion(walked)) {
                walked = walked.with(q.get().slot(), full.get(q.get().slot()).orElseThrow());
            }
            assertEquals(Triage.assess(full), Triage.assess(walked), full::toString);
            if (full.get("chestSymptoms").orElseThrow() != NO) {
                assertEquals(1, walked.size(), "an emergency answer ends the check at once");
            }
            longest = Math.max(longest, walked.size());
        }
        assertEquals(ORDER.size(), longest, "all questions are asked when every answer is no");
    }

    @Test
    void precedenceFollowsTheOrderOfTheOutcomeEnum() {
        assertTrue(Outcome.EMERGENCY.moreUrgentThan(Outcome.URGENT_SAME_DAY));
        assertTrue(Outcome.URGENT_SAME_DAY.moreUrgentThan(Outcome.SEE_DOCTOR));
        assertTrue(Outcome.SEE_DOCTOR.moreUrgentThan(Outcome.SELF_CARE));
        assertFalse(Outcome.SELF_CARE.moreUrgentThan(Outcome.SELF_CARE));
        assertEquals(Outcome.EMERGENCY, Outcome.mostUrgent(Outcome.SELF_CARE, Outcome.EMERGENCY));
    }

    @Test
    void theTriggerIsTheFirstQuestionAtTheWinningLevel() {
        Assessment a = Triage.explain(row("NNNNNYNY"));
        assertEquals("frequentOrSleepLoss", a.trigger().orElseThrow().slot());
        assertFalse(a.unsure());
        assertTrue(Triage.explain(row("NNNNNNNN")).trigger().isEmpty());
    }

    @Test
    void everyQuestionIsOneShortSentence() {
        for (Question q : Triage.questions()) {
            assertTrue(q.ask().endsWith("?"), q.slot());
            assertTrue(q.ask().split("\\s+").length <= 16, q.slot());
            assertFalse(q.ask().substring(0, q.ask().length() - 1).matches(".*[.?!].*"), q.slot());
        }
    }

    static List<Answers> allFullAnswerSets() {
        List<Answers> all = new ArrayList<>();
        int total = (int) Math.pow(3, ORDER.size());
        for (int n = 0; n < total; n++) {
            Answers answers = Answers.none();
            int rest = n;
            for (String slot : ORDER) {
                answers = answers.with(slot, Answer.values()[rest % 3]);
                rest /= 3;
            }
            all.add(answers);
        }
        return all;
    }
}
