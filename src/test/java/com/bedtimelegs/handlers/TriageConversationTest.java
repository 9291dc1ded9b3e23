package com.bedtimelegs.handlers;

import com.bedtimelegs.skill.Envelopes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.InteractionModel;
import com.bedtimelegs.simulator.Simulator;
import com.bedtimelegs.simulator.Turn;
import com.bedtimelegs.skill.EnvelopeBuilder;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.speech.SpeechCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The red-flag check end to end, looking at what transcripts can't: session state, directives, cards, locales. */
class TriageConversationTest {
    private static final InteractionModel MODEL = InteractionModel.forLocale("en-US");
    private final List<JsonNode> responses = new ArrayList<>();

    private Simulator simulator(String locale) {
        Simulator sim = new Simulator(MODEL, locale, line -> { });
        sim.onResponse(responses::add);
        return sim;
    }

    private JsonNode lastResponse() {
        return responses.get(responses.size() - 1);
    }

    private static String firstSentence(Turn turn) {
        String speech = turn.speech();
        return speech.substring(0, speech.indexOf('.') + 1);
    }

    @Test
    void answersLiveOnlyInTheSessionAndAreForgottenWhenTheCheckEnds() {
        Simulator sim = simulator("en-US");
        sim.say("should i see a doctor");
        JsonNode directive = lastResponse().path("response").path("directives").get(0);
        assertEquals("Dialog.ElicitSlot", directive.path("type").asText());
        assertEquals("chestSymptoms", directive.path("slotToElicit").asText());
        sim.say("no");
        JsonNode attributes = lastResponse().path("sessionAttributes");
        assertEquals("TRIAGE", attributes.path("activity").asText());
        assertEquals("NO", attributes.path("TRIAGE").path("answers").path("chestSymptoms").asText());
        directive = lastResponse().path("response").path("directives").get(0);
        assertEquals("oneLegSwollen", directive.path("slotToElicit").asText());
        directive.path("updatedIntent").path("slots").forEach(slot ->
                assertFalse(slot.has("value"), "answers are not echoed back in the directive: " + slot));
        for (int i = 0; i < 8; i++) {
            sim.say("no");
        }
        attributes = lastResponse().path("sessionAttributes");
        assertTrue(attributes.path("TRIAGE").isMissingNode(), attributes.toString());
        assertTrue(attributes.path("activity").isMissingNode(), attributes.toString());
        assertEquals("STRETCH", attributes.path("offer").asText());
        assertTrue(lastResponse().path("response").path("card").isMissingNode(), "no card for self-care");
    }

    @Test
    void theDisclaimerIsSpokenExactlyOnce() {
        Simulator sim = simulator("en-US");
        int count = 0;
        List<Turn> turns = new ArrayList<>();
        turns.add(sim.say("should i see a doctor"));
        turns.add(sim.say("help"));
        for (int i = 0; i < 9; i++) {
            turns.add(sim.say("no"));
        }
        for (Turn turn : turns) {
            count += turn.speech().split("not a diagnosis", -1).length - 1;
        }
        assertEquals(1, count);
        assertTrue(turns.get(turns.size() - 1).speech().startsWith("You said no to each warning sign I asked about."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en-US | yes                       | Call nine one one now.          | Call 911 now              | Call 911 now.",
            "en-GB | yes                       | Call nine nine nine now.        | Call 999 now              | Call 999 now.",
            "en-AU | not sure                  | Call triple zero now.           | Call 000 (triple zero) now | Call 000 (triple zero) now.",
            "en-IN | yes                       | Call one one two now.           | Call 112 now              | Call 112 now.",
            "en-US | no,yes                    | Please get medical help today.  | Get medical help today    | Please get medical help today.",
            "en-US | no,no,maybe               | Please get medical help today.  | Get medical help today    | Please get medical help today.",
            "en-US | no,no,no,yes              | Please get medical help today.  | Get medical help today    | Please get medical help today.",
            "en-GB | no,no,no,no,yes           | Please get medical help today.  | Get medical help today    | Please get medical help today.",
            "en-IN | no,no,no,no,no,yes        | Please see a doctor today.      | See a doctor today        | Please see a doctor today.",
            "en-US | no,no,no,no,no,no,yes     | Please book an appointment with your doctor in the next few days. | See your doctor in the next few days | Please book an appointment",
    })
    void urgentOutcomesSayWhatToDoFirstEndTheSessionAndLeaveACard(String locale, String answers, String first,
                                                                  String cardTitle, String cardStart) {
        Simulator sim = simulator(locale);
        Turn turn = sim.say("ask bedtime legs if i should see a doctor");
        for (String answer : answers.split(",")) {
            turn = sim.say(answer);
        }
        assertEquals(first, firstSentence(turn));
        assertFalse(turn.sessionOpen());
        assertEquals(List.of(), turn.problems());
        JsonNode card = lastResponse().path("response").path("card");
        assertEquals("Simple", card.path("type").asText());
        assertEquals(cardTitle, card.path("title").asText());
        assertTrue(card.path("content").asText().startsWith(cardStart), card.toString());
    }

    @Test
    void aDamagedStateRestartsTheCheckKindly() {
        Simulator sim = simulator("en-US");
        ObjectNode attributes = Json.MAPPER.createObjectNode();
        attributes.put("activity", "TRIAGE");
        attributes.putObject("TRIAGE").put("answers", "garbage");
        JsonNode reply = send(sim, attributes, intent(Intents.YES));
        String speech = SpeechCheck.readable(reply.path("response").path("outputSpeech").path("ssml").asText());
        assertTrue(speech.startsWith("Sorry, I lost my place in the check, so let's start again."), speech);
        assertTrue(speech.contains("chest pain"), speech);
        assertEquals("chestSymptoms", reply.path("response").path("directives").get(0).path("slotToElicit").asText());
        assertTrue(reply.path("sessionAttributes").path("TRIAGE").path("answers").isEmpty());
    }

    @Test
    void anUnknownAnswerValueInStateAlsoRestarts() {
        Simulator sim = simulator("en-US");
        ObjectNode attributes = Json.MAPPER.createObjectNode();
        attributes.put("activity", "TRIAGE");
        attributes.putObject("TRIAGE").putObject("answers").put("chestSymptoms", 42);
        JsonNode reply = send(sim, attributes, intent(Intents.HELP));
        assertTrue(SpeechCheck.readable(reply.path("response").path("outputSpeech").path("ssml").asText())
                .contains("lost my place"));
    }

    @Test
    void anAnswerAlexaCouldNotMatchAsksAgainAndKeepsTheAnswersSoFar() {
        Simulator sim = simulator("en-US");
        ObjectNode attributes = Json.MAPPER.createObjectNode();
        attributes.put("activity", "TRIAGE");
        attributes.putObject("TRIAGE").putObject("answers").put("chestSymptoms", "NO");
        ObjectNode intent = intent(Intents.RED_FLAG_CHECK);
        ObjectNode slot = intent.putObject("slots").putObject("oneLegSwollen");
        slot.put("name", "oneLegSwollen").put("value", "kind of").put("confirmationStatus", "NONE");
        slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject()
                .put("authority", "amzn1.er-authority.echo-sdk.x.YES_NO_UNSURE")
                .putObject("status").put("code", "ER_SUCCESS_NO_MATCH");
        JsonNode reply = send(sim, attributes, intent);
        String speech = SpeechCheck.readable(reply.path("response").path("outputSpeech").path("ssml").asText());
        assertTrue(speech.startsWith("Sorry, I need a yes, a no, or not sure. Is one leg swollen"), speech);
        assertEquals("NO", reply.path("sessionAttributes").path("TRIAGE").path("answers").path("chestSymptoms").asText());
        assertEquals("oneLegSwollen", reply.path("response").path("directives").get(0).path("slotToElicit").asText());
    }

    @Test
    void answersAlexaAlreadyCollectedAreUsedAndCanSettleTheOutcome() {
        Simulator sim = simulator("en-US");
        ObjectNode intent = intent(Intents.RED_FLAG_CHECK);
        ObjectNode slots = intent.putObject("slots");
        for (String name : List.of("chestSymptoms", "oneLegSwollen", "hardPainfulVeins", "longCramp",
                "tetanusWound", "toxinContact", "frequentOrSleepLoss", "numbnessOrSkinChange", "crampMedicine")) {
            ObjectNode slot = slots.putObject(name);
            slot.put("name", name).put("value", "no").put("confirmationStatus", "NONE");
            ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
            authority.put("authority", "amzn1.er-authority.echo-sdk.x.YES_NO_UNSURE");
            authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
            authority.putArray("values").addObject().putObject("value").put("name", "no").put("id", "NO");
        }
        JsonNode reply = send(sim, Json.MAPPER.createObjectNode(), intent);
        String speech = SpeechCheck.readable(reply.path("response").path("outputSpeech").path("ssml").asText());
        assertTrue(speech.startsWith("You said no to each warning sign I asked about."), speech);
        assertTrue(reply.path("sessionAttributes").path("TRIAGE").isMissingNode());
    }

    @Test
    void aPlainNotSureIntentAnswersTheCurrentQuestionConservatively() {
        Simulator sim = simulator("en-US");
        ObjectNode attributes = Json.MAPPER.createObjectNode();
        attributes.put("activity", "TRIAGE");
        attributes.putObject("TRIAGE").putObject("answers");
        JsonNode reply = send(sim, attributes, intent(Intents.UNSURE));
        String speech = SpeechCheck.readable(reply.path("response").path("outputSpeech").path("ssml").asText());
        assertTrue(speech.startsWith("Call nine one one now."), speech);
        assertTrue(reply.path("response").path("shouldEndSession").asBoolean(false));
        assertTrue(reply.path("sessionAttributes").path("TRIAGE").isMissingNode(), "answers forgotten at the end");
    }

    @Test
    void yesToTheRedFlagOfferStartsTheCheck() {
        Simulator sim = simulator("en-US");
        ObjectNode attributes = Json.MAPPER.createObjectNode();
        attributes.put("offer", "RED_FLAG_CHECK");
        attributes.put("activity", "CRAMP");
        JsonNode reply = send(sim, attributes, intent(Intents.YES));
        String speech = SpeechCheck.readable(reply.path("response").path("outputSpeech").path("ssml").asText());
        assertTrue(speech.contains("not a diagnosis"), speech);
        assertTrue(speech.endsWith("First, do you have chest pain, or are you suddenly short of breath? You can say yes, no, or not sure."), speech);
        assertEquals("TRIAGE", reply.path("sessionAttributes").path("activity").asText());
        assertTrue(reply.path("sessionAttributes").path("offer").isMissingNode());
    }

    private static ObjectNode intent(String name) {
        ObjectNode intent = Json.MAPPER.createObjectNode();
        intent.put("name", name);
        intent.put("confirmationStatus", "NONE");
        return intent;
    }

    private static JsonNode send(Simulator sim, ObjectNode attributes, ObjectNode intent) {
        // Current version, so the state guard lets the (possibly damaged) triage state through.
        ObjectNode envelope = EnvelopeBuilder.intent(Simulator.LOCAL_SKILL_ID, intent)
                .attributes(Envelopes.current(attributes))
                .dialogState(intent.path("name").asText().equals(Intents.RED_FLAG_CHECK) ? "IN_PROGRESS" : null)
                .build();
        try {
            return Json.MAPPER.readTree(sim.sendRaw(Json.MAPPER.writeValueAsBytes(envelope)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
