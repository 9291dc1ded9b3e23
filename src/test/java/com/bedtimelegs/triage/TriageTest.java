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
    /** Asking order: the emergency question first, then the same-day signs, then the see-a-doctor ones. */
    static final List<String> ORDER = List.of("chestSymptoms", "oneLegSwollen", "hardPainfulVeins", "longCramp",
            "tetanusWound", "toxinContact", "frequentOrSleepLoss", "numbnessOrSkinChange", "crampMedicine");

    /**
     * What a yes to each question means, from issue 12's clinical review: chest pain or sudden
     * breathlessness is an emergency (NHS DVT: 999); a red, swollen or throbbing leg (NHS DVT), a
     * cramp over ten minutes or not easing (NHS leg cramps), a possible tetanus wound (NHS leg
     * cramps) and contact with a toxin such as lead (Mayo Clinic) need help the same day; frequent
     * cramps or lost sleep, numbness or swelling, and a medicine known to cause cramps mean seeing a
     * doctor. "Very painful" alone is normal for a cramp and is no rule at all.
     */
    static final Map<String, Outcome> RULE = Map.of(
            "chestSymptoms", Outcome.EMERGENCY,
            "oneLegSwollen", Outcome.URGENT_SAME_DAY,
            "hardPainfulVeins", Outcome.URGENT_SAME_DAY,
            "longCramp", Outcome.URGENT_SAME_DAY,
            "tetanusWound", Outcome.URGENT_SAME_DAY,
            "toxinContact", Outcome.URGENT_SAME_DAY,
            "frequentOrSleepLoss", Outcome.SEE_DOCTOR,
            "numbnessOrSkinChange", Outcome.SEE_DOCTOR,
            "crampMedicine", Outcome.SEE_DOCTOR);

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
            "longCramp,            URGENT_SAME_DAY, NHS: Leg cramps (nhs.uk/conditions/leg-cramps)",
            "tetanusWound,         URGENT_SAME_DAY, NHS: Leg cramps (nhs.uk/conditions/leg-cramps)",
            "toxinContact,         URGENT_SAME_DAY, Mayo Clinic: Night leg cramps",
            "frequentOrSleepLoss,  SEE_DOCTOR,      NHS: Leg cramps (nhs.uk/conditions/leg-cramps)",
            "numbnessOrSkinChange, SEE_DOCTOR,      NHS: Leg cramps (nhs.uk/conditions/leg-cramps)",
            "crampMedicine,        SEE_DOCTOR,      NHS: Leg cramps (nhs.uk/conditions/leg-cramps)",
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
        for (String slot : List.of("frequentOrSleepLoss", "numbnessOrSkinChange", "crampMedicine")) {
            assertTrue(Triage.question(slot).orElseThrow().source().contains("Seed guide:"), slot);
        }
    }

    /** The sources say what the rule rests on, in the words the issue's review checked. */
    @ParameterizedTest(name = "{0} cites {1}")
    @CsvSource({
            "chestSymptoms,        999",
            "longCramp,            longer than 10 minutes",
            "tetanusWound,         tetanus",
            "toxinContact,         lead",
            "crampMedicine,        statins",
            "crampMedicine,        diuretics",
            "crampMedicine,        salbutamol",
            "numbnessOrSkinChange, NICE CKS: Leg cramps",
    })
    void sourcesSayWhatTheRuleRestsOn(String slot, String words) {
        assertTrue(Triage.question(slot).orElseThrow().source().contains(words), slot + ": " + words);
    }

    /** NHS: cramps "can be very painful" and are usually harmless, so pain alone is not asked about. */
    @Test
    void veryPainfulAloneIsNotARedFlag() {
        for (Question q : Triage.questions()) {
            assertFalse(q.ask().toLowerCase(java.util.Locale.ROOT).contains("painful"), q.ask());
        }
    }

    /** A medicine counts whether it is new or not: the question does not ask when it was started. */
    @Test
    void theMedicineQuestionDoesNotAskWhetherItIsNew() {
        String ask = Triage.question("crampMedicine").orElseThrow().ask().toLowerCase(java.util.Locale.ROOT);
        assertFalse(ask.contains("new") || ask.contains("began") || ask.contains("start"), ask);
        for (String medicine : List.of("statin", "water pills", "asthma", "blood pressure")) {
            assertTrue(ask.contains(medicine), medicine);
        }
    }

    @ParameterizedTest(name = "{0}: not sure -> {1}")
    @CsvSource({
            "chestSymptoms,        EMERGENCY",
            "oneLegSwollen,        URGENT_SAME_DAY",
            "hardPainfulVeins,     URGENT_SAME_DAY",
            "longCramp,            URGENT_SAME_DAY",
            "tetanusWound,         URGENT_SAME_DAY",
            "toxinContact,         URGENT_SAME_DAY",
            "frequentOrSleepLoss,  SEE_DOCTOR",
            "numbnessOrSkinChange, SEE_DOCTOR",
            "crampMedicine,        SEE_DOCTOR",
    })
    void notSureIsTreatedAsYes(String slot, Outcome outcome) {
        Assessment a = Triage.explain(Answers.of(slot, UNSURE));
        assertEquals(outcome, a.outcome());
        assertTrue(a.unsure());
        assertEquals(slot, a.trigger().orElseThrow().slot());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // chest, one leg, veins, long cramp, tetanus, toxin, frequent, numbness, medicine
            "NNNNNNNNN, SELF_CARE",
            "---------, SELF_CARE",
            "YYYYYYYYY, EMERGENCY",
            "UUUUUUUUU, EMERGENCY",
            "YNNNNNNNN, EMERGENCY",
            "Y--------, EMERGENCY",
            "UNNNNNNNN, EMERGENCY",
            // emergency beats every other sign
            "YYNNNNNNN, EMERGENCY",
            "YNNYNNNNN, EMERGENCY",
            "YNNNYYNNN, EMERGENCY",
            "YNNNNNYYY, EMERGENCY",
            "Y------Y-, EMERGENCY",
            "-YY------, URGENT_SAME_DAY",
            "-------Y-, SEE_DOCTOR",
            "-------YU, SEE_DOCTOR",
            // same-day beats see-a-doctor: a red or throbbing leg, a long cramp, a wound, a toxin
            "NYNNNNNNN, URGENT_SAME_DAY",
            "NNYNNNNNN, URGENT_SAME_DAY",
            "NNNYNNNNN, URGENT_SAME_DAY",
            "NNNNYNNNN, URGENT_SAME_DAY",
            "NNNNNYNNN, URGENT_SAME_DAY",
            "NNNUNNNNN, URGENT_SAME_DAY",
            "NNNNUNNNN, URGENT_SAME_DAY",
            "NNNNNUNNN, URGENT_SAME_DAY",
            "NUUNNNNNN, URGENT_SAME_DAY",
            "NYNNNNYYY, URGENT_SAME_DAY",
            "NNNYNNYNN, URGENT_SAME_DAY",
            "NNNNNYNNY, URGENT_SAME_DAY",
            "NNUYYYUUU, URGENT_SAME_DAY",
            // see a doctor: any one sign is enough, and they don't add up to more
            "NNNNNNYNN, SEE_DOCTOR",
            "NNNNNNNYN, SEE_DOCTOR",
            "NNNNNNNNY, SEE_DOCTOR",
            "NNNNNNYYY, SEE_DOCTOR",
            "NNNNNNUUU, SEE_DOCTOR",
            "NNNNNNNNU, SEE_DOCTOR",
    })
    void combinations(String letters, Outcome expected) {
        assertEquals(expected, Triage.assess(row(letters)));
    }

    /** Every one of the 3^9 full answer sets: the outcome is the most urgent rule any yes or not-sure raises. */
    @Test
    void everyCombinationEscalatesToItsMostUrgentSign() {
        int checked = 0;
        for (Answers answers : allFullAnswerSets()) {
            Outcome expected = Outcome.SELF_CARE;
            for (String slot : ORDER) {
                Answer a = answers.get(slot).orElseThrow();
                if (a != NO) {
                    expected = RULE.get(slot).moreUrgentThan(expected) ? RULE.get(slot) : expected;
                }
            }
            assertEquals(expected, Triage.assess(answers), answers::toString);
            checked++;
        }
        assertEquals(19683, checked);
    }

    @ParameterizedTest(name = "{0} -> next {1}")
    @CsvSource({
            "---------, chestSymptoms",
            "N--------, oneLegSwollen",
            "NN-------, hardPainfulVeins",
            "NNN------, longCramp",
            "NNNN-----, tetanusWound",
            "NNNNN----, toxinContact",
            "NNNNNN---, frequentOrSleepLoss",
            "NNNNNNN--, numbnessOrSkinChange",
            "NNNNNNNN-, crampMedicine",
            "NNNNNNNNN, ''",
            // emergency answer: nothing else is asked
            "Y--------, ''",
            "U--------, ''",
            // same-day answer: only the emergency question could change it, and it was answered
            "NY-------, ''",
            "NNU------, ''",
            "NNNY-----, ''",
            "NNNNNU---, ''",
            // one see-a-doctor sign settles it; the rest are skipped
            "NNNNNNY--, ''",
            "NNNNNNNU-, ''",
            // answered out of order (e.g. by a one-shot): more urgent questions are still asked, in order
            "------Y--, chestSymptoms",
            "-Y-------, chestSymptoms",
            "N-----Y--, oneLegSwollen",
            "NNN---Y--, longCramp",
            "NNNNN-Y--, toxinContact",
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
    }

    @Test
    void theTriggerIsTheFirstQuestionAtTheWinningLevel() {
        Assessment a = Triage.explain(row("NNNNNNYNY"));
        assertEquals("frequentOrSleepLoss", a.trigger().orElseThrow().slot());
        assertFalse(a.unsure());
        assertTrue(Triage.explain(row("NNNNNNNNN")).trigger().isEmpty());
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
