package com.bedtimelegs.skill;

import com.bedtimelegs.content.Json;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.speech.SpeechCheck;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every response the skill sends must be, checked on the bytes Alexa would receive: valid
 * JSON, within Alexa's response size, speech and reprompt at most 8,000 characters of well-formed
 * SSML whose breaks are each at most 10 s with a strictly read time, no speech where Alexa allows
 * none, something to hear for a launch or an intent, and a reprompt whenever the session stays open.
 *
 * <p>{@link GuardedSkill} asserts it on every response when Java assertions are on (every test run:
 * Surefire enables them), so transcripts, fuzz, flows and handler tests all go through it; on
 * Lambda assertions are off and it costs nothing. The simulator reports the same problems.
 */
public final class ResponseInvariant {
    /**
     * Alexa's JSON interface reference, "Response format": the total size of the response cannot
     * exceed 24 kilobytes. Read as 24,000 bytes of UTF-8 to stay on the safe side.
     */
    public static final int MAX_RESPONSE_BYTES = 24_000;
    /** Same reference: all the text in a card cannot exceed 8,000 characters. */
    public static final int MAX_CARD_CHARS = 8_000;
    /** Request types after which Alexa accepts no speech. */
    public static final Set<String> SILENT_REQUEST_TYPES = Set.of("SessionEndedRequest", "System.ExceptionEncountered");

    private ResponseInvariant() {
    }

    /** Problems with one response to a request of {@code requestType}; empty when Alexa would take it. */
    public static List<String> problems(String requestType, byte[] responseJson) {
        List<String> problems = new ArrayList<>();
        JsonNode reply;
        try {
            reply = Json.MAPPER.readTree(responseJson);
        } catch (IOException e) {
            problems.add("response is not valid JSON");
            return problems;
        }
        if (reply == null || !reply.isObject()) {
            problems.add("response is not a JSON object");
            return problems;
        }
        if (responseJson.length > MAX_RESPONSE_BYTES) {
            problems.add("response is " + responseJson.length + " bytes, over Alexa's " + MAX_RESPONSE_BYTES);
        }
        if (!"1.0".equals(reply.path("version").asText(null))) {
            problems.add("response version is not 1.0");
        }
        JsonNode response = reply.path("response");
        if (!response.isObject()) {
            problems.add("no response object");
            return problems;
        }
        JsonNode attributes = reply.path("sessionAttributes");
        if (!attributes.isMissingNode() && !attributes.isNull() && !attributes.isObject()) {
            problems.add("sessionAttributes is not an object");
        }
        JsonNode speech = response.path("outputSpeech");
        JsonNode reprompt = response.path("reprompt").path("outputSpeech");
        checkSpeech("speech", speech, problems);
        checkSpeech("reprompt", reprompt, problems);
        checkCard(response.path("card"), problems);
        boolean dialog = false;
        boolean handedToAlexa = false;
        for (JsonNode directive : response.path("directives")) {
            String type = directive.path("type").asText("");
            dialog |= type.startsWith("Dialog.");
            // Connections.SendRequest (e.g. AskFor a permission): Alexa itself speaks next.
            handedToAlexa |= type.equals("Connections.SendRequest");
        }
        if (handedToAlexa && response.path("shouldEndSession").isBoolean() && !response.path("shouldEndSession").asBoolean()) {
            problems.add("shouldEndSession is false beside Connections.SendRequest, which Alexa refuses");
        }
        if (SILENT_REQUEST_TYPES.contains(requestType)) {
            if (!speech.isMissingNode() || !reprompt.isMissingNode()) {
                problems.add("speech in a response to " + requestType + ", where Alexa allows none");
            }
            return problems;
        }
        if (("LaunchRequest".equals(requestType) || "IntentRequest".equals(requestType))
                && speech.isMissingNode() && !dialog && !handedToAlexa) {
            problems.add("nothing to hear in the answer to a " + requestType);
        }
        JsonNode end = response.path("shouldEndSession");
        if (end.isBoolean() && !end.asBoolean() && !dialog && reprompt.isMissingNode()) {
            problems.add("session stays open without a reprompt");
        }
        return problems;
    }

    /** For an {@code assert}: true, or an AssertionError that lists every problem and the response. */
    static boolean holds(String requestType, byte[] responseJson) {
        List<String> problems = problems(requestType, responseJson);
        if (!problems.isEmpty()) {
            String json = new String(responseJson, java.nio.charset.StandardCharsets.UTF_8);
            throw new AssertionError("response to " + requestType + " breaks the response invariant: " + problems
                    + "\n" + (json.length() > 2_000 ? json.substring(0, 2_000) + "..." : json));
        }
        return true;
    }

    private static void checkSpeech(String what, JsonNode speech, List<String> problems) {
        if (speech.isMissingNode()) {
            return;
        }
        switch (speech.path("type").asText("")) {
            case "SSML" -> SpeechCheck.problems(speech.path("ssml").asText(null))
                    .forEach(p -> problems.add(what + ": " + p));
            case "PlainText" -> {
                String text = speech.path("text").asText("");
                if (text.isBlank()) {
                    problems.add(what + ": empty");
                } else if (text.length() > Ssml.MAX_SPEECH_CHARS) {
                    problems.add(what + ": " + text.length() + " characters, over " + Ssml.MAX_SPEECH_CHARS);
                }
            }
            default -> problems.add(what + ": neither SSML nor PlainText");
        }
    }

    private static void checkCard(JsonNode card, List<String> problems) {
        if (card.isMissingNode()) {
            return;
        }
        int chars = 0;
        for (String field : List.of("title", "content", "text")) {
            chars += card.path(field).asText("").length();
        }
        if (chars > MAX_CARD_CHARS) {
            problems.add("card text is " + chars + " characters, over " + MAX_CARD_CHARS);
        }
    }
}
