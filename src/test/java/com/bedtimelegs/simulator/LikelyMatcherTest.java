package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The likeliest-intent pass on a small model of its own, so each rule is shown apart from the
 * skill's samples: another order or a few more words land when the request's telling words are
 * there, and nothing does when negation, off-topic words, a missing telling word or a near tie say
 * otherwise. (A word in no sample counts against a match, so an unseen verb alone can sink one:
 * the model needs samples with the common verbs.)
 */
class LikelyMatcherTest {
    @TempDir
    static Path dir;
    static UtteranceResolver resolver;

    @BeforeAll
    static void model() throws IOException {
        String json = """
            {"interactionModel": {"languageModel": {"invocationName": "test skill",
              "intents": [
                {"name": "ForgetIntent", "samples": ["delete my data", "forget everything about me"]},
                {"name": "GoneIntent", "samples": ["the cramp is gone", "it has eased off"]},
                {"name": "StillIntent", "samples": ["it is not gone", "the cramp has not eased"]},
                {"name": "StretchIntent", "slots": [{"name": "muscle", "type": "MUSCLE"}, {"name": "routine", "type": "KIND"}],
                 "samples": ["stretch my {muscle}", "a {routine} stretch", "stretches for my {muscle}"]},
                {"name": "WaterIntent", "samples": ["how much water should i drink"]},
                {"name": "TeaIntent", "samples": ["how much tea should i drink"]},
                {"name": "QuietIntent", "samples": ["talk quietly to me"]},
                {"name": "LoudIntent", "samples": ["stop talking quietly"]},
                {"name": "HaltIntent", "samples": ["stop the stretches", "stop it now", "i want to stop"]},
                {"name": "NextIntent", "samples": ["go on to the next one", "give me the next one"]},
                {"name": "AMAZON.FallbackIntent", "samples": []}
              ],
              "types": [
                {"name": "MUSCLE", "values": [{"id": "CALF", "name": {"value": "calf", "synonyms": ["calves", "lower leg"]}}]},
                {"name": "KIND", "values": [{"id": "QUICK", "name": {"value": "quick", "synonyms": ["short"]}}]}
              ]}}}
            """;
        resolver = SmallModel.resolver(dir, json);
    }

    private static String heard(String said) {
        return SmallModel.heard(resolver, said);
    }

    /**
     * "stop" turns a request around like "not": "talk quietly" is no near tie with "stop talking
     * quietly", and "stop" said before a sample's own words keeps that sample out.
     */
    @Test
    void stopSaysWhichWayLikeANegation() {
        assertEquals("QuietIntent", heard("talk quietly"));
        assertEquals("LoudIntent", heard("stop talking so quietly"));
    }

    @Test
    void anotherOrderWithTheTellingWordsLands() {
        assertEquals("ForgetIntent", heard("my data, delete it"));
        assertEquals("GoneIntent", heard("now the cramp has gone"));
    }

    @Test
    void negationMustAgree() {
        assertEquals("StillIntent", heard("the cramp still has not gone"));
        assertEquals("GoneIntent", heard("cramp is gone"));
    }

    @Test
    void offTopicWordsKeepItOut() {
        assertEquals(UtteranceResolver.FALLBACK, heard("what is the capital of peru"));
        assertEquals(UtteranceResolver.FALLBACK, heard("delete my playlist from spotify tonight"));
    }

    @Test
    void withoutTheSamplesMostTellingWordThereIsNoMatch() {
        // "data" is the telling word of "delete my data"; "delete my" alone is not that request.
        assertEquals(UtteranceResolver.FALLBACK, heard("delete my alarm"));
    }

    @Test
    void aNearTieBetweenTwoIntentsIsNoAnswer() {
        assertEquals(UtteranceResolver.FALLBACK, heard("how much should i drink"));
        assertEquals("WaterIntent", heard("water, how much should i drink"));
    }

    @Test
    void slotsComeFromResolvedValuesAndFillTheIntentsOtherSlot() {
        assertEquals("StretchIntent muscle=CALF routine=QUICK", heard("for my calves, some short stretches"));
        assertEquals("StretchIntent muscle=CALF", heard("my lower leg, stretch it"));
    }
}
