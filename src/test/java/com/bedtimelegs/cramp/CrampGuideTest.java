package com.bedtimelegs.cramp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CrampGuideTest {
    private static final CrampGuide GUIDE = CrampGuide.get();

    private static String resourceText() throws IOException {
        try (InputStream in = CrampGuide.class.getResourceAsStream(CrampGuide.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    @Test
    void everyMuscleOfTheSlotTypeHasItsOwnGuideAndThereIsAGeneralOne() {
        for (String id : List.of("CALF", "HAMSTRING", "QUAD", "FOOT")) {
            assertEquals(id, GUIDE.muscle(id).id(), id);
        }
        assertEquals(CrampGuide.GENERAL, GUIDE.muscle(CrampGuide.GENERAL).id());
    }

    @Test
    void anUnknownOrMissingMuscleGetsTheGeneralGuide() {
        assertEquals(CrampGuide.GENERAL, GUIDE.muscle(null).id());
        assertEquals(CrampGuide.GENERAL, GUIDE.muscle("ELBOW").id());
        assertFalse(GUIDE.knows("ELBOW"));
        assertFalse(GUIDE.knows(null));
    }

    @Test
    void everyFirstSentenceIsAnActionOfAtMostEightWords() {
        for (MuscleGuide muscle : GUIDE.muscles()) {
            for (Technique t : muscle.techniques()) {
                assertTrue(words(t.action()) <= 8, muscle.id() + ": \"" + t.action() + "\" is " + words(t.action()) + " words");
                assertTrue(t.action().endsWith("."), "one whole sentence: " + t.action());
                assertEquals(1, t.action().split("[.!?]").length, "exactly one sentence: " + t.action());
            }
        }
    }

    @Test
    void theFirstCalfActionLengthensTheMuscle() {
        String first = GUIDE.muscle("CALF").techniques().get(0).action().toLowerCase(Locale.ROOT);
        assertTrue(first.contains("straighten your leg") && first.contains("toes"), first);
        String howCalf = String.join(" ", GUIDE.muscle("CALF").techniques().get(0).how()).toLowerCase(Locale.ROOT);
        assertTrue(howCalf.contains("toward your shin"), howCalf);
        assertTrue(GUIDE.muscle("HAMSTRING").techniques().get(0).action().toLowerCase(Locale.ROOT).contains("knee"));
        assertTrue(String.join(" ", GUIDE.muscle("HAMSTRING").techniques().get(1).action())
                .toLowerCase(Locale.ROOT).contains("chair"), "foot on a chair, leaning forward");
        assertTrue(String.join(" ", GUIDE.muscle("QUAD").techniques().get(0).how())
                .toLowerCase(Locale.ROOT).contains("heel toward your bottom"), "heel toward glute");
    }

    @Test
    void everyFollowUpTechniqueHasATimedHoldOfTenToThirtySeconds() {
        for (MuscleGuide muscle : GUIDE.muscles()) {
            for (int i = 0; i < muscle.techniques().size(); i++) {
                Technique t = muscle.techniques().get(i);
                if (CrampGuide.GENERAL.equals(muscle.id()) && i == 0) {
                    assertFalse(t.hasHold(), "the general opening asks where instead of holding");
                    continue;
                }
                assertTrue(t.holdSeconds() >= 10 && t.holdSeconds() <= 30, muscle.id() + " " + i);
                assertTrue(t.hold().contains(CrampGuide.secondsInWords(t.holdSeconds())), t.hold());
            }
            assertTrue(muscle.techniques().size() >= 2, muscle.id() + " has somewhere to go when still cramping");
        }
    }

    @Test
    void theWarmthAdviceIsFaithfulToTheSourcesAndNeverTreatsAnInflamedLegAtHome() {
        String warmth = String.join(" ", GUIDE.whenItLetsGo()).toLowerCase(Locale.ROOT);
        for (String fact : List.of("warm towel", "heating pad", "warm bath", "ice pack wrapped in a towel", "rub it gently")) {
            assertTrue(warmth.contains(fact), fact + " missing from: " + warmth);
        }
        // A red, warm leg needs a doctor, so ice is never offered for "inflamed" (issue 12).
        assertFalse(warmth.contains("inflamed"), warmth);
        String aftercare = String.join(" ", GUIDE.aftercare()).toLowerCase(Locale.ROOT);
        assertTrue(aftercare.contains("swollen, warm or red") && aftercare.contains("see a doctor today"), aftercare);
        assertFalse(aftercare.contains("normal cramp"), "no diagnosis: " + aftercare);
        // NHS: painkillers ease soreness afterwards but don't help during a cramp.
        assertTrue(aftercare.contains("painkiller") && aftercare.contains("won't help during a cramp"), aftercare);
        // Mayo Clinic: loosen the sheets and covers at the foot of the bed.
        assertTrue(GUIDE.prevention().contains("loosen tight covers at the foot of the bed"), GUIDE.prevention());
    }

    @Test
    void everyTechniqueAndEveryPieceOfAdviceNamesItsSource() throws IOException {
        for (MuscleGuide muscle : GUIDE.muscles()) {
            for (Technique t : muscle.techniques()) {
                assertTrue(com.bedtimelegs.content.Sources.cites(t.source()), muscle.id() + ": " + t.action());
            }
        }
        String noSource = resourceText().replaceFirst("\"source\": \"Mayo Clinic: ", "\"source\": \"a friend: ");
        assertTrue(assertThrows(IllegalStateException.class, () -> CrampGuide.parse(noSource))
                .getMessage().contains("CALF technique 1 source must name its source"));
        String noAftercareSource = resourceText().replaceFirst("\"aftercare\": \"NHS: ", "\"aftercare\": \"");
        assertTrue(assertThrows(IllegalStateException.class, () -> CrampGuide.parse(noAftercareSource))
                .getMessage().contains("sources.aftercare must name its source"));
    }

    @Test
    void theShippedDataParses() throws IOException {
        CrampGuide parsed = CrampGuide.parse(resourceText());
        assertEquals(GUIDE.muscles().size(), parsed.muscles().size());
    }

    @Test
    void aMissingMuscleIsRefused() throws IOException {
        String json = resourceText().replace("\"id\": \"FOOT\"", "\"id\": \"GENERAL_FOOT\"");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CrampGuide.parse(json));
        assertTrue(e.getMessage().contains("no entry for muscle FOOT"), e.getMessage());
    }

    @Test
    void aMissingGeneralEntryIsRefused() throws IOException {
        String json = resourceText().replace("\"id\": \"GENERAL\"", "\"id\": \"CALF\"");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CrampGuide.parse(json));
        assertTrue(e.getMessage().contains("no GENERAL entry"), e.getMessage());
        assertTrue(e.getMessage().contains("CALF appears twice"), e.getMessage());
    }

    @Test
    void aLongFirstSentenceIsRefused() throws IOException {
        String json = resourceText().replace("\"Straighten your leg and pull your toes up.\"",
                "\"Okay, so first of all, let's straighten your leg and pull your toes up.\"");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CrampGuide.parse(json));
        assertTrue(e.getMessage().contains("over 8"), e.getMessage());
    }

    @Test
    void aHoldThatDoesNotMatchItsWordsOrIsTooLongIsRefused() throws IOException {
        String mismatched = resourceText().replaceFirst("\"holdSeconds\": 20", "\"holdSeconds\": 25");
        assertTrue(assertThrows(IllegalStateException.class, () -> CrampGuide.parse(mismatched))
                .getMessage().contains("does not say twenty-five"));
        String tooLong = resourceText().replaceFirst("\"holdSeconds\": 20", "\"holdSeconds\": 45");
        assertTrue(assertThrows(IllegalStateException.class, () -> CrampGuide.parse(tooLong))
                .getMessage().contains("outside 10-30"));
    }

    @Test
    void unknownFieldsAndBrokenJsonAreRefused() throws IOException {
        String typo = resourceText().replaceFirst("\"holdCues\"", "\"holdCuse\"");
        assertThrows(IllegalStateException.class, () -> CrampGuide.parse(typo));
        assertThrows(IllegalStateException.class, () -> CrampGuide.parse("{"));
        assertThrows(IllegalStateException.class, () -> CrampGuide.parse("{}"));
    }
}
