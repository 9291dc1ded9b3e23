package com.bedtimelegs.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.skill.BedtimeLegsSkill;
import com.bedtimelegs.skill.GuardedSkill;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.skill.LambdaEntry;
import com.bedtimelegs.state.SessionStateGuard;
import com.bedtimelegs.speech.SpeechCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session state arrives from Alexa as plain JSON and may be stale or tampered with: a wrong type,
 * an unknown routine, a step out of range. The stretch never throws; it finds a safe place and
 * says so kindly.
 */
class StretchSessionStateTest {
    private static final String SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
    private final LambdaEntry entry = new LambdaEntry(
            new GuardedSkill(BedtimeLegsSkill.create(SKILL_ID, line -> { }), SKILL_ID));

    private JsonNode send(String intent, String stretchStateJson) throws IOException {
        ObjectNode envelope = (ObjectNode) Json.MAPPER.readTree(
                Files.readAllBytes(Path.of("src/test/resources/envelopes/intent-help.json")));
        ObjectNode attributes = ((ObjectNode) envelope.path("session")).putObject("attributes");
        // Current version, so the guard lets it through and the stretch handlers meet the bad state.
        attributes.put("v", SessionStateGuard.CURRENT_VERSION);
        attributes.put("activity", "STRETCH");
        if (stretchStateJson != null) {
            attributes.set("STRETCH", Json.MAPPER.readTree(stretchStateJson));
        }
        ((ObjectNode) envelope.path("request").path("intent")).put("name", intent);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entry.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(envelope)), out, null);
        JsonNode reply = Json.MAPPER.readTree(out.toByteArray());
        String ssml = reply.path("response").path("outputSpeech").path("ssml").asText();
        assertEquals(List.of(), SpeechCheck.problems(ssml));
        assertFalse(SpeechCheck.readable(ssml).contains("went wrong"), "no apology for an exception: " + ssml);
        return reply;
    }

    private static String speech(JsonNode reply) {
        return SpeechCheck.readable(reply.path("response").path("outputSpeech").path("ssml").asText());
    }

    private static boolean open(JsonNode reply) {
        return !reply.path("response").path("shouldEndSession").asBoolean(true);
    }

    @Test
    void aStepOfTheWrongTypeRestartsTheRoutineAndSaysSo() throws IOException {
        for (String step : List.of("\"banana\"", "-3", "999", "2.5", "null", "[1]", "{}")) {
            JsonNode reply = send(Intents.NEXT, "{\"routine\":\"QUICK\",\"step\":" + step + "}");
            assertTrue(speech(reply).contains("I lost my place, so let's begin the quick bedtime stretch again"),
                    step + ": " + speech(reply));
            assertTrue(speech(reply).contains("standing hamstring stretch"), speech(reply));
            assertTrue(open(reply));
            assertEquals(0, reply.path("sessionAttributes").path("STRETCH").path("step").asInt(-1));
        }
    }

    @Test
    void anUnknownOrMissingRoutineOffersTheChoiceAgain() throws IOException {
        for (String state : new String[] {"{\"routine\":\"NOPE\",\"step\":1}", "{\"routine\":7}", "\"just text\"",
            "[]", null}) {
            for (String intent : List.of(Intents.NEXT, Intents.SKIP, Intents.REPEAT, Intents.PAUSE, Intents.RESUME,
                    Intents.HELP, Intents.START_OVER)) {
                JsonNode reply = send(intent, state);
                assertTrue(speech(reply).contains("lost my place in the stretch"), intent + " " + state);
                assertTrue(speech(reply).contains("in bed, quick, or full"), speech(reply));
                assertTrue(open(reply));
                assertFalse(reply.path("sessionAttributes").has("activity"), "the broken routine is forgotten");
                assertEquals("STRETCH", reply.path("sessionAttributes").path("offer").asText());
            }
        }
    }

    @Test
    void resumeAfterPauseSpeaksTheSameStepAndClearsThePause() throws IOException {
        JsonNode reply = send(Intents.RESUME, "{\"routine\":\"IN_BED\",\"step\":1,\"paused\":true}");
        assertTrue(speech(reply).startsWith("Welcome back."), speech(reply));
        assertTrue(speech(reply).contains("point both feet"), speech(reply));
        JsonNode state = reply.path("sessionAttributes").path("STRETCH");
        assertEquals(1, state.path("step").asInt());
        assertFalse(state.path("paused").asBoolean(true));
    }

    @Test
    void pauseKeepsThePlaceAndListens() throws IOException {
        JsonNode reply = send(Intents.PAUSE, "{\"routine\":\"FULL\",\"step\":3}");
        assertTrue(speech(reply).startsWith("Paused."), speech(reply));
        assertTrue(open(reply));
        JsonNode state = reply.path("sessionAttributes").path("STRETCH");
        assertEquals(3, state.path("step").asInt());
        assertTrue(state.path("paused").asBoolean(false));
    }
}
