package com.bedtimelegs.skill;

import java.nio.charset.StandardCharsets;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.Skills;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.bedtimelegs.simulator.InteractionModel;
import com.bedtimelegs.simulator.InteractionModel.IntentDef;
import com.bedtimelegs.simulator.InteractionModel.SlotDef;
import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.SpeechCheck;
import com.bedtimelegs.speech.Ssml;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One worked example for each class of bad input an outside fuzz found (issue 18); the envelope
 * fuzz generates the general shapes. Also proves the response invariant is live in the tests.
 */
class RobustnessRegressionTest {
    private static final String SKILL_ID = "amzn1.ask.skill.18181818-0000-0000-0000-000000000000";
    private static final InteractionModel MODEL = InteractionModel.forLocale("en-US");
    private final List<Throwable> apologised = new ArrayList<>();
    private final LambdaEntry entry = new LambdaEntry(new GuardedSkill(
            BedtimeLegsSkill.create(SKILL_ID, line -> { }, null, apologised::add), SKILL_ID));

    private JsonNode call(ObjectNode envelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entry.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(envelope)), out, null);
        assertEquals(List.of(), apologised, "no exception may hide behind the apology");
        return Json.MAPPER.readTree(out.toByteArray());
    }

    private static String heard(JsonNode reply) {
        return SpeechCheck.readable(reply.at("/response/outputSpeech/ssml").asText());
    }

    // 1. context, System or application missing: one clean line, not a NullPointerException.

    @Test
    void missingContextSystemOrApplicationIsRefusedInOneLine() {
        for (String cut : List.of("/context", "/context/System", "/context/System/application")) {
            ObjectNode envelope = EnvelopeBuilder.intent(SKILL_ID, "AMAZON.HelpIntent").build();
            int slash = cut.lastIndexOf('/');
            ((ObjectNode) envelope.at(cut.substring(0, slash))).remove(cut.substring(slash + 1));
            BadRequestException e = assertThrows(BadRequestException.class, () -> call(envelope), cut);
            assertEquals("Malformed request: no context.System.application.applicationId", e.getMessage(), cut);
            assertEquals(0, e.getStackTrace().length);
        }
    }

    @Test
    void aSessionNamingAnotherSkillIsRefused() {
        ObjectNode envelope = EnvelopeBuilder.intent(SKILL_ID, "AMAZON.HelpIntent").build();
        ((ObjectNode) envelope.at("/session/application")).put("applicationId", "amzn1.ask.skill.other");
        BadRequestException e = assertThrows(BadRequestException.class, () -> call(envelope));
        assertEquals("Rejected request: it is addressed to a different skill id", e.getMessage());
    }

    // 2. an intent with no name: the fallback answers.

    @Test
    void anIntentWithNoNameGetsTheFallbackAnswer() throws IOException {
        for (JsonNode name : List.of(Json.MAPPER.nullNode(), Json.MAPPER.missingNode())) {
            ObjectNode intent = Json.MAPPER.createObjectNode();
            if (!name.isMissingNode()) {
                intent.set("name", name);
            }
            intent.putObject("slots");
            JsonNode reply = call(EnvelopeBuilder.intent(SKILL_ID, intent).build());
            assertTrue(heard(reply).startsWith(Speech.of("en-US").text("fallback.notCaught")), heard(reply));
            assertFalse(reply.at("/response/shouldEndSession").asBoolean(true));
        }
    }

    // 3. a null entry in resolutionsPerAuthority: skipped, the real match still counts.

    @Test
    void nullEntriesInResolutionsAreSkippedAndTheMatchStillCounts() throws IOException {
        // Any intent of the model with a custom slot: with or without null entries, the same answer.
        IntentDef def = MODEL.intents().values().stream()
                .filter(i -> i.slots().stream().anyMatch(s -> MODEL.isCustomType(s.type()))).findFirst().orElseThrow();
        SlotDef slot = def.slots().stream().filter(s -> MODEL.isCustomType(s.type())).findFirst().orElseThrow();
        SlotValue value = MODEL.typeValues(slot.type()).get(0);
        ObjectNode clean = EnvelopeBuilder.intent(SKILL_ID, def.name()).slot(slot.name(), value.value(), value.id()).build();
        ObjectNode odd = clean.deepCopy();
        ArrayNode authorities = (ArrayNode) odd.at("/request/intent/slots/" + slot.name() + "/resolutions/resolutionsPerAuthority");
        authorities.insertNull(0);
        authorities.addNull();
        ((ArrayNode) authorities.get(1).path("values")).insertNull(0);
        assertEquals(heard(call(clean)), heard(call(odd)));
    }

    // 4. session attributes: only the skill's own keys come back, each within its size.

    @Test
    void junkAndOversizedStateBesideAValidVersionIsNotEchoedBack() throws IOException {
        ObjectNode attributes = Json.MAPPER.createObjectNode();
        attributes.put("somethingElse", "x".repeat(30_000));
        attributes.putObject(Activity.TIPS.name()).putArray("heard").add("y".repeat(30_000));
        JsonNode reply = call(EnvelopeBuilder.intent(SKILL_ID, "AMAZON.HelpIntent").attributes(Envelopes.current(attributes)).build());
        assertFalse(reply.path("sessionAttributes").has("somethingElse"), reply.toString());
        assertFalse(reply.path("sessionAttributes").has(Activity.TIPS.name()), reply.toString());
        assertTrue(Json.MAPPER.writeValueAsBytes(reply).length < ResponseInvariant.MAX_RESPONSE_BYTES);
    }

    @Test
    void leftoverMapsOfOtherActivitiesAreDroppedPastTheirTotal() throws IOException {
        ObjectNode attributes = Json.MAPPER.createObjectNode();
        attributes.put(Conversation.ACTIVITY, Activity.TIPS.name());
        for (Activity activity : Activity.values()) {
            attributes.putObject(activity.name()).putArray("heard").add("z".repeat(1_900));
        }
        JsonNode reply = call(EnvelopeBuilder.intent(SKILL_ID, "AMAZON.FallbackIntent").attributes(Envelopes.current(attributes)).build());
        int total = 0;
        for (Activity activity : Activity.values()) {
            total += reply.path("sessionAttributes").path(activity.name()).toString().length();
        }
        assertTrue(total <= Conversation.MAX_ALL_ACTIVITY_STATE_BYTES, reply.toString());
        assertTrue(reply.path("sessionAttributes").path(Activity.TIPS.name()).has("heard"), "the current activity keeps its state");
    }

    // 5. replayed speech: only what the skill itself would write.

    @Test
    void theFallbackNeverReplaysAStoredRepromptPastTheLimits() throws IOException {
        ObjectNode attributes = Json.MAPPER.createObjectNode();
        attributes.put(Conversation.LAST_REPROMPT, "<speak>" + "Say next. ".repeat(790) + "</speak>");
        JsonNode reply = call(EnvelopeBuilder.intent(SKILL_ID, "AMAZON.FallbackIntent").attributes(Envelopes.current(attributes)).build());
        assertTrue(reply.at("/response/outputSpeech/ssml").asText().length() < 2_000, reply.toString());
    }

    @Test
    void storedBreaksAreReadStrictlyAndNotReplayedWhenAlexaWouldRejectThem() throws IOException {
        for (String time : List.of("11S", "1e2s", "10.5s", "5 s", "-1s", "11000ms", "5sec")) {
            ObjectNode attributes = Json.MAPPER.createObjectNode();
            String stored = "<speak><prosody rate=\"90%\">Hold. <break time=\"" + time + "\"/> Release.</prosody></speak>";
            attributes.put(Conversation.LAST_SPEECH, stored);
            attributes.put(Conversation.LAST_REPROMPT, stored);
            for (String intent : List.of("AMAZON.RepeatIntent", "AMAZON.FallbackIntent")) {
                JsonNode reply = call(EnvelopeBuilder.intent(SKILL_ID, intent).attributes(Envelopes.current(attributes)).build());
                assertFalse(reply.path("response").toString().contains("time=\\\"" + time),
                        intent + " replayed " + time + ": " + reply);
            }
            assertNull(Conversation.of(Map.of(Conversation.LAST_SPEECH, stored)).lastSpeech(), time);
        }
        String ours = Ssml.speech().say("Hold.").pause(10).breath().build();
        assertEquals(ours, Conversation.of(Map.of(Conversation.LAST_SPEECH, ours)).lastSpeech());
    }

    // The invariant itself: on in every test JVM, and it catches a response Alexa would reject.

    @Test
    void theResponseInvariantIsCheckedOnEveryResponseInTests() {
        assertTrue(GuardedSkill.class.desiredAssertionStatus(),
                "tests must run with assertions on (-ea): GuardedSkill asserts the response invariant");
        RequestHandler tooLong = new RequestHandler() {
            @Override
            public boolean canHandle(com.amazon.ask.dispatcher.request.handler.HandlerInput input) {
                return true;
            }

            @Override
            public java.util.Optional<com.amazon.ask.model.Response> handle(
                    com.amazon.ask.dispatcher.request.handler.HandlerInput input) {
                return input.getResponseBuilder().withSpeech("<speak>" + "a".repeat(8_001) + "</speak>")
                        .withShouldEndSession(false).build();
            }
        };
        LambdaEntry bad = new LambdaEntry(new GuardedSkill(
                Skills.custom().addRequestHandler(tooLong).withSkillId(SKILL_ID).build(), SKILL_ID));
        AssertionError e = assertThrows(AssertionError.class, () -> bad.handleRequest(new ByteArrayInputStream(
                EnvelopeBuilder.launch(SKILL_ID).build().toString().getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), null));
        assertTrue(e.getMessage().contains("over 8000") && e.getMessage().contains("without a reprompt"), e.getMessage());
    }

    @Test
    void theInvariantNamesEachProblem() {
        String open = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":\"<speak>x"
                + "<break time=\\\"1e2s\\\"/></speak>\"},\"shouldEndSession\":false}}";
        assertEquals(List.of("speech: break time \"1e2s\" is not a number of s or ms", "session stays open without a reprompt"),
                ResponseInvariant.problems("IntentRequest", open.getBytes()));
        assertEquals(List.of("response is not valid JSON"), ResponseInvariant.problems("IntentRequest", "{".getBytes()));
        String big = "{\"version\":\"1.0\",\"response\":{},\"sessionAttributes\":{\"a\":\"" + "x".repeat(24_000) + "\"}}";
        assertTrue(ResponseInvariant.problems("SessionEndedRequest", big.getBytes()).get(0).contains("over Alexa's 24000"));
        String spoken = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"hi\"}}}";
        assertEquals(List.of("speech in a response to SessionEndedRequest, where Alexa allows none"),
                ResponseInvariant.problems("SessionEndedRequest", spoken.getBytes()));
    }
}
