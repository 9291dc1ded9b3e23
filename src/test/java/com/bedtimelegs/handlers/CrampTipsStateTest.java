package com.bedtimelegs.handlers;

import java.nio.charset.StandardCharsets;
import com.bedtimelegs.skill.Envelopes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.skill.BedtimeLegsSkill;
import com.bedtimelegs.skill.GuardedSkill;
import com.bedtimelegs.skill.EnvelopeBuilder;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.skill.LambdaEntry;
import com.bedtimelegs.speech.SpeechCheck;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session state the skill did not write (stale, tampered, or from an older version) must never
 * throw: each handler falls back to a safe place. Also the offers no transcript can reach.
 */
class CrampTipsStateTest {
    private static final String SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
    private final LambdaEntry entry = new LambdaEntry(new GuardedSkill(BedtimeLegsSkill.create(SKILL_ID, line -> { }), SKILL_ID));

    private JsonNode call(String intent, Map<String, Object> attributes) throws IOException {
        // Current version, so the state guard lets the (possibly tampered) feature state through.
        byte[] envelope = EnvelopeBuilder.intent(SKILL_ID, intent)
                .attributes(Envelopes.current(Json.MAPPER.valueToTree(attributes))).label("test").build().toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entry.handleRequest(new ByteArrayInputStream(envelope), out, null);
        return Json.MAPPER.readTree(out.toByteArray());
    }

    private static String speech(JsonNode reply) {
        return SpeechCheck.readable(reply.path("response").path("outputSpeech").path("ssml").asText());
    }

    private static void assertFine(JsonNode reply) {
        String ssml = reply.path("response").path("outputSpeech").path("ssml").asText();
        assertEquals(List.of(), SpeechCheck.problems(ssml));
        assertFalse(speech(reply).contains("Sorry"), "no apology, no error: " + speech(reply));
    }

    @Test
    void stillCrampingWithTamperedCrampStateGivesTheGeneralAnswer() throws IOException {
        for (Object muscle : new Object[] {42, "ELBOW", List.of("CALF"), null}) {
            Map<String, Object> cramp = new java.util.HashMap<>();
            cramp.put("muscle", muscle);
            cramp.put("step", "two");
            JsonNode reply = call(Intents.CRAMP_STILL_THERE, Map.of("activity", "CRAMP", "CRAMP", cramp));
            assertFine(reply);
            assertTrue(speech(reply).startsWith("Gently stretch the muscle that's cramping."), speech(reply));
            assertEquals("GENERAL", reply.at("/sessionAttributes/CRAMP/muscle").asText());
        }
    }

    @Test
    void stillCrampingWithAnOutOfRangeStepBeginsTheMuscleAgain() throws IOException {
        JsonNode reply = call(Intents.CRAMP_STILL_THERE,
                Map.of("activity", "CRAMP", "CRAMP", Map.of("muscle", "CALF", "step", 999)));
        assertFine(reply);
        assertTrue(speech(reply).startsWith("Stand and lean into a wall."), speech(reply));
        assertEquals(1, reply.at("/sessionAttributes/CRAMP/step").asInt());
    }

    @Test
    void aCrampStateThatIsNotAMapIsReplaced() throws IOException {
        JsonNode reply = call(Intents.CRAMP_GONE, Map.of("activity", "CRAMP", "CRAMP", "garbage"));
        assertFine(reply);
        assertTrue(speech(reply).contains("glad you're feeling better"), speech(reply));
        assertFalse(reply.path("response").path("shouldEndSession").asBoolean(true));
    }

    @Test
    void yesToAnOfferThisVersionNoLongerMakesIsAnsweredAsAYesToNothing() throws IOException {
        // "CRAMP_RELIEF" was offered by an older version; today it is an unknown offer, so no offer at all.
        JsonNode reply = call(Intents.YES, Map.of("offer", "CRAMP_RELIEF"));
        assertFine(reply);
        assertTrue(speech(reply).contains("You can say: I have a cramp."), speech(reply));
        assertFalse(reply.path("response").path("shouldEndSession").asBoolean(true));
    }

    @Test
    void yesToTheRedFlagOfferIsLeftToTheRedFlagCheck() throws IOException {
        JsonNode reply = call(Intents.YES,
                Map.of("activity", "CRAMP", "offer", "RED_FLAG_CHECK", "CRAMP", Map.of("muscle", "CALF", "step", 0)));
        assertFalse(speech(reply).contains("Goodnight"), "yes must never end the session: " + speech(reply));
        assertFalse(speech(reply).startsWith("Good. Rub the muscle"), "yes is not 'it's gone' here: " + speech(reply));
    }

    @Test
    void noToTheRedFlagOfferSaysGoodnight() throws IOException {
        JsonNode reply = call(Intents.NO,
                Map.of("activity", "CRAMP", "offer", "RED_FLAG_CHECK", "CRAMP", Map.of("muscle", "CALF", "step", 0)));
        assertFine(reply);
        assertTrue(speech(reply).contains("Goodnight"), speech(reply));
        assertTrue(reply.path("response").path("shouldEndSession").asBoolean(false));
    }

    @Test
    void tamperedHeardTipsAreIgnoredNotFatal() throws IOException {
        for (Object heard : new Object[] {"SLEEP_ROOM", List.of(1, true, "SLEEP_ROOM"), Map.of("a", 1)}) {
            JsonNode reply = call(Intents.YES, Map.of("activity", "TIPS", "offer", "ANOTHER_TIP", "TIPS", Map.of("heard", heard)));
            assertFine(reply);
            assertTrue(speech(reply).endsWith("Would you like another tip?"), speech(reply));
            JsonNode saved = reply.at("/sessionAttributes/TIPS/heard");
            assertTrue(saved.isArray(), saved.toString());
            saved.forEach(id -> assertTrue(id.isTextual(), saved.toString()));
        }
    }

    @Test
    void anUnknownOfferValueFallsBackToTheGeneralYesAnswer() throws IOException {
        JsonNode reply = call(Intents.YES, Map.of("offer", "NO_SUCH_OFFER", "activity", "TIPS"));
        assertFalse(reply.path("response").path("shouldEndSession").asBoolean(true));
        assertEquals(List.of(), SpeechCheck.problems(reply.path("response").path("outputSpeech").path("ssml").asText()));
    }
}
