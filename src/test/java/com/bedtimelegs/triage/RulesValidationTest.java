package com.bedtimelegs.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** rules.json is checked when it loads: a broken edit fails at start-up with a clear message. */
class RulesValidationTest {
    private static ObjectNode shipped() throws IOException {
        try (InputStream in = Triage.class.getResourceAsStream(Triage.RESOURCE)) {
            return (ObjectNode) Json.MAPPER.readTree(in);
        }
    }

    private static String problemWith(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = shipped();
        edit.accept(root);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Triage.parse(root.toString(), "edited.json"));
        return e.getMessage();
    }

    private static ObjectNode question(JsonNode root, int i) {
        return (ObjectNode) root.path("questions").get(i);
    }

    @Test
    void theShippedRulesLoad() throws IOException {
        assertEquals(9, Triage.parse(shipped().toString(), "rules.json").questions().size());
    }

    @Test
    void theEmergencyQuestionMustComeFirst() throws IOException {
        String problem = problemWith(root -> {
            ArrayNode qs = (ArrayNode) root.path("questions");
            JsonNode first = qs.remove(0);
            qs.add(first);
        });
        assertTrue(problem.contains("emergency question must be asked first"), problem);
    }

    @Test
    void notSureMustCountAsYesForUrgentSigns() throws IOException {
        String problem = problemWith(root -> question(root, 1).put("unsureCountsAsYes", false));
        assertTrue(problem.contains("question 2: not sure must count as yes"), problem);
    }

    @Test
    void everyRuleNeedsItsSource() throws IOException {
        String problem = problemWith(root -> {
            question(root, 3).put("source", "a blog");
            question(root, 4).remove("source");
            question(root, 5).put("source", "NHS: ");
        });
        assertTrue(problem.contains("question 4: source must name"), problem);
        assertTrue(problem.contains("question 5: source must name"), problem);
        assertTrue(problem.contains("question 6: source must name"), problem);
    }

    @Test
    void everyShippedRuleCitesTheNhsNiceOrMayoNotOnlyTheSeedGuide() throws IOException {
        for (Question q : Triage.parse(shipped().toString(), "rules.json").questions()) {
            assertTrue(q.source().startsWith("NHS: ") || q.source().startsWith("Mayo Clinic: ")
                    || q.source().startsWith("NICE CKS: "), q.slot() + ": " + q.source());
        }
    }

    @Test
    void questionsAreOneShortSentence() throws IOException {
        String problem = problemWith(root -> question(root, 2).put("ask",
                "Is your leg sore? Does it also feel hot and look red and puffy around the ankle and the knee and the calf?"));
        assertTrue(problem.contains("question 3: ask must be one sentence"), problem);
        assertTrue(problem.contains("question 3: ask is longer than"), problem);
    }

    @Test
    void slotsAreUniqueAndOutcomesKnown() throws IOException {
        String problem = problemWith(root -> {
            question(root, 7).put("slot", "frequentOrSleepLoss");
            question(root, 7).put("ifYes", "SELF_CARE");
            question(root, 8).put("ifYes", "PANIC");
        });
        assertTrue(problem.contains("slot frequentOrSleepLoss is used twice"), problem);
        assertTrue(problem.contains("question 8: a yes must lead somewhere more urgent"), problem);
        assertTrue(problem.contains("question 9: ifYes must be one of"), problem);
    }

    @Test
    void urgentSignsAreAskedBeforeLessUrgentOnes() throws IOException {
        String problem = problemWith(root -> {
            ArrayNode qs = (ArrayNode) root.path("questions");
            JsonNode dvt = qs.remove(1);
            qs.add(dvt);
        });
        assertTrue(problem.contains("more urgent than the one before it"), problem);
    }
}
