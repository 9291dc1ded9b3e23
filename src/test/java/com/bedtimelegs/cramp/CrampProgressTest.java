package com.bedtimelegs.cramp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrampProgressTest {
    private static final CrampGuide GUIDE = CrampGuide.get();

    @Test
    void stillCrampingCyclesThroughEveryTechniqueThenRunsOutThenBeginsAgain() {
        List<Technique> calf = GUIDE.muscle("CALF").techniques();
        CrampProgress p = CrampProgress.start(GUIDE, "CALF");
        for (int i = 0; i < calf.size(); i++) {
            assertEquals(i, p.step());
            assertEquals(calf.get(i), p.technique(GUIDE).orElseThrow());
            assertFalse(p.technique(GUIDE).isEmpty());
            p = p.stillCramping(GUIDE);
        }
        assertTrue(p.technique(GUIDE).isEmpty(), "after the last technique they have run out");
        assertTrue(p.technique(GUIDE).isEmpty());
        p = p.stillCramping(GUIDE);
        assertEquals(0, p.step(), "then the cycle begins again");
        assertEquals(calf.get(0), p.technique(GUIDE).orElseThrow());
    }

    @Test
    void eachTechniqueOfAMuscleIsDifferent() {
        for (MuscleGuide muscle : GUIDE.muscles()) {
            assertEquals(muscle.techniques().size(),
                    muscle.techniques().stream().map(Technique::action).distinct().count(), muscle.id());
        }
    }

    @Test
    void aNewCrampWithNoMuscleIsGeneralAndAsksWhere() {
        CrampProgress p = CrampProgress.start(GUIDE, null);
        assertTrue(p.general());
        assertTrue(p.asksWhere());
        CrampProgress next = p.stillCramping(GUIDE);
        assertFalse(next.asksWhere(), "a follow-up gives a timed technique instead");
        assertTrue(next.technique(GUIDE).orElseThrow().hasHold());
        assertFalse(CrampProgress.start(GUIDE, "FOOT").asksWhere());
        assertTrue(CrampProgress.start(GUIDE, "ELBOW").general());
    }

    @Test
    void restoreRepairsAnythingTheSessionHolds() {
        assertEquals(new CrampProgress("CALF", 1), CrampProgress.restore(GUIDE, "CALF", 1));
        assertEquals(new CrampProgress("CALF", 3), CrampProgress.restore(GUIDE, "CALF", 3), "ran out is a real place");
        assertEquals(new CrampProgress("CALF", 0), CrampProgress.restore(GUIDE, "CALF", 99));
        assertEquals(new CrampProgress("CALF", 0), CrampProgress.restore(GUIDE, "CALF", -2));
        assertEquals(new CrampProgress("CALF", 0), CrampProgress.restore(GUIDE, "CALF", "two"));
        assertEquals(new CrampProgress("CALF", 0), CrampProgress.restore(GUIDE, "CALF", 1.5));
        assertEquals(new CrampProgress("CALF", 2), CrampProgress.restore(GUIDE, "CALF", 2L));
        assertEquals(new CrampProgress(CrampGuide.GENERAL, 1), CrampProgress.restore(GUIDE, "ELBOW", 1));
        assertEquals(new CrampProgress(CrampGuide.GENERAL, 0), CrampProgress.restore(GUIDE, 42, null));
        assertEquals(new CrampProgress(CrampGuide.GENERAL, 0), CrampProgress.restore(GUIDE, Map.of(), List.of()));
    }
}
