package com.bedtimelegs.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers are immutable, round-trip through session state, and reject damaged state instead of guessing. */
class AnswersTest {
    @Test
    void withReturnsANewValueAndLeavesTheOldOneAlone() {
        Answers none = Answers.none();
        Answers one = none.with("chestSymptoms", Answer.NO);
        assertTrue(none.isEmpty());
        assertEquals(Answer.NO, one.get("chestSymptoms").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> one.with(null, Answer.YES));
    }

    @Test
    void roundTripsThroughSessionState() {
        Answers answers = Answers.of("chestSymptoms", Answer.NO, "oneLegSwollen", Answer.UNSURE);
        Map<String, Object> state = answers.toState();
        assertEquals(Map.of("chestSymptoms", "NO", "oneLegSwollen", "UNSURE"), state);
        assertEquals(answers, Answers.fromState(state).orElseThrow());
    }

    @Test
    void nothingStoredMeansNoAnswersYet() {
        assertEquals(Answers.none(), Answers.fromState(null).orElseThrow());
    }

    @Test
    void damagedStateIsRejected() {
        assertTrue(Answers.fromState("YES").isEmpty());
        assertTrue(Answers.fromState(List.of("NO")).isEmpty());
        assertTrue(Answers.fromState(Map.of("chestSymptoms", "PERHAPS")).isEmpty());
        assertTrue(Answers.fromState(Map.of("chestSymptoms", 1)).isEmpty());
        assertTrue(Answers.fromState(Map.of("favouriteColour", "NO")).isEmpty());
    }

    @Test
    void toStringNamesSlotsButNeverAnswers() {
        String text = Answers.of("chestSymptoms", Answer.YES, "crampMedicine", Answer.UNSURE).toString();
        assertTrue(text.contains("chestSymptoms"));
        assertFalse(text.contains("YES") || text.contains("UNSURE"), text);
    }
}
