package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How slot words and negations are read (README "How the simulator hears you"), each rule on a
 * small model of its own rather than the skill's: a value with one word more is that value, words
 * that are only the intent's own carrier words leave the slot empty, a possessive or "is" ending
 * after a value is no part of it, a negation only blocks a sample whose words it bears on, and
 * "still" leans a reading toward the samples that say it.
 */
class SlotReadingTest {
    @TempDir
    static Path dir;
    static UtteranceResolver resolver;

    @BeforeAll
    static void model() throws IOException {
        String json = """
            {"interactionModel": {"languageModel": {"invocationName": "test skill",
              "intents": [
                {"name": "CrampIntent", "slots": [{"name": "muscle", "type": "MUSCLE"}],
                 "samples": ["my {muscle} locked up", "a cramp in my {muscle}", "my leg is cramping", "my {muscle} seized up",
                             "{muscle}"]},
                {"name": "StretchIntent", "slots": [{"name": "muscle", "type": "MUSCLE"}, {"name": "routine", "type": "KIND"}],
                 "samples": ["a {routine} routine", "stretch my {muscle}", "i need to stretch my legs", "stretch my legs", "i want to stretch",
                             "{routine}"]},
                {"name": "GoneIntent", "samples": ["it's easing", "it's going", "it has gone"]},
                {"name": "StillIntent", "samples": ["it's not easing at all", "it's still there", "no it's not", "it won't stop"]},
                {"name": "RestlessIntent", "samples": ["my legs feel restless", "i can't keep my legs still"]},
                {"name": "AnswerIntent", "slots": [{"name": "answer", "type": "ANSWER"}], "samples": ["{answer}"]},
                {"name": "AMAZON.FallbackIntent", "samples": []}
              ],
              "types": [
                {"name": "MUSCLE", "values": [{"id": "CALF", "name": {"value": "calf", "synonyms": ["calf muscle", "calves"]}}]},
                {"name": "KIND", "values": [{"id": "QUICK", "name": {"value": "quick", "synonyms": ["short"]}}]},
                {"name": "ANSWER", "values": [{"id": "NO", "name": {"value": "no", "synonyms": ["not really"]}}]}
              ]}}}
            """;
        resolver = SmallModel.resolver(dir, json);
    }

    private static String heard(String said) {
        return SmallModel.heard(resolver, said);
    }

    @Test
    void aValueWithOneWordMoreIsThatValue() {
        assertEquals("CrampIntent muscle=CALF", heard("my calf muscle has locked up"));
        assertEquals("CrampIntent muscle=CALF", heard("a cramp in my calf again"));
        assertEquals("StretchIntent routine=QUICK", heard("a short stretching routine"));
    }

    @Test
    void theIntentsOwnCarrierWordsAreNoValue() {
        // "leg" and "legs" are words of the intents' own samples: the slot stays empty.
        assertEquals("CrampIntent", heard("a cramp in my leg"));
        assertEquals("CrampIntent", heard("my leg has locked up"));
        assertEquals("StretchIntent", heard("stretch my legs out"));
        // A word the samples never use around the slot is still free text, as Alexa sends it.
        assertEquals("CrampIntent muscle=\"elbow\"", heard("a cramp in my elbow"));
        // A bare "{slot}" sample never takes carrier words alone.
        assertEquals(UtteranceResolver.FALLBACK, heard("routine"));
    }

    @Test
    void aNearMatchThatLeavesAValueOutGivesWayToOneThatFillsTheSlot() {
        // "i want to stretch" plus two words would do, but "my calf" is a muscle the intent can take.
        assertEquals("StretchIntent muscle=CALF", heard("i want to stretch my calf"));
        assertEquals("StretchIntent", heard("i want to stretch tonight"));
    }

    @Test
    void aPossessiveOrIsEndingIsNoPartOfTheValue() {
        assertEquals("CrampIntent muscle=CALF", heard("my calf's seized up"));
    }

    @Test
    void aNegationBlocksOnlyTheWordsItBearsOn() {
        assertNotEquals("GoneIntent", heard("it's not easing"));
        assertNotEquals("GoneIntent", heard("it isn't going"));
        assertEquals("GoneIntent", heard("it's easing now"));
        // "not" bears on "sleepy", not on the restless legs.
        assertEquals("RestlessIntent", heard("not sleepy my legs feel restless"));
    }

    @Test
    void aValueOnlyOnceFillersAreDroppedHoldsNoNegation() {
        // "not really" relaxes to "not": that is neither a spotted answer nor a phrase hiding the negation.
        assertEquals(UtteranceResolver.FALLBACK, heard("it's not easing"));
        assertEquals("AnswerIntent answer=NO", heard("not really"));
    }

    @Test
    void notAndNoNeverCarryASampleAlone() {
        // "no it's not" is matched by "it's", never by its "no"/"not" alone.
        assertEquals(UtteranceResolver.FALLBACK, heard("not no never"));
    }

    /** On the skill's own en-US model, where "still" is said by the samples of the intents it belongs to. */
    @Test
    void stillAndNegationsOnTheSkillsModel() {
        UtteranceResolver skill = UtteranceResolver.of(InteractionModel.forLocale("en-US"));
        assertEquals("CrampStillThereIntent", skill.resolve("it's still going").intent());
        assertEquals("CrampStillThereIntent", skill.resolve("it's not easing").intent());
        assertEquals("CrampStillThereIntent", skill.resolve("that's not working").intent());
        assertEquals("StretchRoutineIntent", skill.resolve("i still want a stretch").intent());
        assertEquals("CrampReliefIntent", skill.resolve("i still have a cramp in my calf").intent());
        assertEquals("RedFlagCheckIntent", skill.resolve("i'm not sure if i should see a doctor").intent());
    }
}
