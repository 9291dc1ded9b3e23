package com.bedtimelegs.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimingTest {
    private static final String SKILL_ID = "amzn1.ask.skill.12345678-0000-0000-0000-000000000000";

    @Test
    void primingPlaysEveryConversationThroughTheRealSkillWithoutErrors() {
        List<String> log = new ArrayList<>();
        LambdaEntry entry = new LambdaEntry(new GuardedSkill(BedtimeLegsSkill.create(SKILL_ID, log::add), SKILL_ID));
        int answered = new Priming(entry, SKILL_ID).run();
        assertEquals(14, answered, "every priming turn should get an answer");
        assertTrue(log.stream().noneMatch(l -> l.startsWith("error")), "priming hit an error: " + log);
        assertTrue(log.stream().anyMatch(l -> l.contains("intent=CrampReliefIntent filledSlots=[muscle]")), log.toString());
    }

    @Test
    void primingForAnotherSkillIdIsRefusedAndReportsNothingAnswered() {
        LambdaEntry entry = new LambdaEntry(new GuardedSkill(BedtimeLegsSkill.create(SKILL_ID, line -> { }), SKILL_ID));
        assertEquals(0, new Priming(entry, "amzn1.ask.skill.other").run());
    }
}
