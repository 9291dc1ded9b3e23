package com.bedtimelegs.skill;

import com.bedtimelegs.content.Json;
import com.bedtimelegs.state.SessionStateGuard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.speech.SpeechCheck;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real-shaped Alexa request envelopes in, response envelopes out, through the Lambda entry point. */
class EnvelopeFixtureTest {
    static final String SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
    private final List<String> log = new ArrayList<>();
    private final LambdaEntry entry = new LambdaEntry(new GuardedSkill(BedtimeLegsSkill.create(SKILL_ID, log::add), SKILL_ID));

    private JsonNode call(String fixture) throws IOException {
        byte[] body = Files.readAllBytes(Path.of("src/test/resources/envelopes", fixture));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entry.handleRequest(new ByteArrayInputStream(body), out, null);
        return Json.MAPPER.readTree(out.toByteArray());
    }

    private static String speech(JsonNode reply) {
        return reply.path("response").path("outputSpeech").path("ssml").asText();
    }

    @Test
    void launchWelcomesAndListensWithAReprompt() throws IOException {
        JsonNode reply = call("launch.json");
        assertEquals("1.0", reply.path("version").asText());
        assertEquals("SSML", reply.path("response").path("outputSpeech").path("type").asText());
        assertTrue(SpeechCheck.readable(speech(reply)).startsWith("Welcome to Bedtime Legs."));
        assertFalse(reply.path("response").path("shouldEndSession").asBoolean(true));
        assertTrue(reply.path("response").path("reprompt").path("outputSpeech").path("ssml").asText().contains("You can say"));
        assertEquals(List.of(), SpeechCheck.problems(speech(reply)));
    }

    @Test
    void helpKeepsTheSessionOpen() throws IOException {
        JsonNode reply = call("intent-help.json");
        assertTrue(SpeechCheck.readable(speech(reply)).contains("not a diagnosis"));
        assertFalse(reply.path("response").path("shouldEndSession").asBoolean(true));
    }

    @Test
    void stopSaysGoodnightAndEndsTheSession() throws IOException {
        JsonNode reply = call("intent-stop.json");
        assertTrue(SpeechCheck.readable(speech(reply)).contains("Goodnight"));
        assertTrue(reply.path("response").path("shouldEndSession").asBoolean(false));
    }

    @Test
    void anUnknownIntentNameGetsTheFallbackAnswerAndKeepsState() throws IOException {
        JsonNode reply = call("intent-unknown.json");
        String readable = SpeechCheck.readable(speech(reply));
        assertTrue(readable.startsWith("Sorry, I didn't catch that."), readable);
        assertTrue(readable.contains("Say next when you're ready."), "re-asks the last question: " + readable);
        assertFalse(reply.path("response").path("shouldEndSession").asBoolean(true));
        assertEquals("<speak>Hold it there.</speak>", reply.path("sessionAttributes").path("lastSpeech").asText(),
                "the fallback must not overwrite what 'repeat' would say");
    }

    @Test
    void stateFromAnotherVersionIsForgottenWithASpokenExplanation() throws IOException {
        // No "v" attribute: written before state was versioned (or tampered with).
        JsonNode reply = call("intent-next-stale-state.json");
        String readable = SpeechCheck.readable(speech(reply));
        assertTrue(readable.startsWith("Sorry, I lost track of where we were"), readable);
        assertFalse(reply.path("response").path("shouldEndSession").asBoolean(true));
        JsonNode attributes = reply.path("sessionAttributes");
        assertEquals(SessionStateGuard.CURRENT_VERSION, attributes.path("v").asInt());
        assertTrue(attributes.path("activity").isMissingNode(), attributes.toString());
        assertTrue(attributes.path("STRETCH").isMissingNode(), attributes.toString());
        assertTrue(attributes.path("offer").isMissingNode(), attributes.toString());
    }

    @Test
    void currentStateIsStampedWithItsVersion() throws IOException {
        JsonNode reply = call("launch.json");
        assertEquals(SessionStateGuard.CURRENT_VERSION, reply.path("sessionAttributes").path("v").asInt(-1));
    }

    @Test
    void sessionEndedGetsAnEmptyResponse() throws IOException {
        JsonNode reply = call("session-ended.json");
        assertTrue(reply.path("response").path("outputSpeech").isMissingNode());
    }

    @Test
    void systemExceptionEncounteredIsAcknowledgedSilently() throws IOException {
        JsonNode reply = call("system-exception.json");
        assertTrue(reply.path("response").path("outputSpeech").isMissingNode());
    }

    @Test
    void aRequestForADifferentSkillIsRejected() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> call("wrong-skill-id.json"));
        assertEquals("Rejected request: it is addressed to a different skill id", e.getMessage());
    }

    @Test
    void malformedJsonGivesAClearOneLineErrorWithoutAStackTrace() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> call("malformed.json"));
        assertTrue(e.getMessage().startsWith("Malformed request: the body is not valid JSON"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(0, e.getStackTrace().length);
    }

    @Test
    void jsonThatIsNotAnEnvelopeIsRejectedClearly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BadRequestException e = assertThrows(BadRequestException.class, () ->
                entry.handleRequest(new ByteArrayInputStream("{\"hello\": 1}".getBytes()), out, null));
        assertTrue(e.getMessage().contains("not an Alexa request envelope"), e.getMessage());
    }

    @Test
    void theLogNamesRequestsButNeverSpeechOrSlotWords() throws IOException {
        call("launch.json");
        call("intent-help.json");
        assertTrue(log.stream().anyMatch(l -> l.contains("type=LaunchRequest")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.contains("intent=AMAZON.HelpIntent")), log.toString());
        assertTrue(log.stream().noneMatch(l -> l.contains("Welcome") || l.contains("diagnosis")), log.toString());
    }

    @Test
    void theLambdaConstructorRefusesToStartWithoutASkillId() {
        // The test JVM has no SKILL_ID set; a Lambda without one must fail loudly, not accept any skill.
        if (System.getenv(BedtimeLegsSkill.SKILL_ID_ENV) == null) {
            IllegalStateException e = assertThrows(IllegalStateException.class, LambdaEntry::new);
            assertTrue(e.getMessage().contains(BedtimeLegsSkill.SKILL_ID_ENV));
        }
    }
}
