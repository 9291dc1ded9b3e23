package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    @Test
    void oneShotInvocationOpensASessionAndRoutesTheRestOfTheWords() {
        Simulator sim = Simulator.create();
        Turn turn = sim.say("Alexa, ask bedtime legs to help with a cramp in my calf");
        assertEquals("IntentRequest", turn.requestType());
        assertEquals("CrampReliefIntent", turn.intent());
        assertEquals("CALF", turn.slots().get("muscle"));
    }

    @Test
    void theEnvelopeIsARealAskRequestWithSessionAttributesCarriedBetweenTurns() throws Exception {
        Simulator sim = Simulator.create();
        List<String> wire = new ArrayList<>();
        sim.onWire(wire::add);
        sim.say("open bedtime legs");
        sim.say("help");
        JsonNode launch = Json.MAPPER.readTree(wire.get(0).substring("request: ".length()));
        JsonNode help = Json.MAPPER.readTree(wire.get(2).substring("request: ".length()));
        JsonNode launchReply = Json.MAPPER.readTree(wire.get(1).substring("response: ".length()));
        assertEquals("LaunchRequest", launch.at("/request/type").asText());
        assertTrue(launch.at("/session/new").asBoolean());
        assertEquals(Simulator.LOCAL_SKILL_ID, launch.at("/context/System/application/applicationId").asText());
        assertEquals("AMAZON.HelpIntent", help.at("/request/intent/name").asText());
        assertFalse(help.at("/session/new").asBoolean());
        assertEquals(launch.at("/session/sessionId"), help.at("/session/sessionId"));
        assertEquals(launchReply.get("sessionAttributes"), help.at("/session/attributes"));
    }

    @Test
    void silenceRepromptsOnceThenEndsTheSession() {
        Simulator sim = Simulator.create();
        sim.say("open bedtime legs");
        Turn first = sim.say("");
        assertEquals("Reprompt", first.requestType());
        assertTrue(first.speech().startsWith("You can say"));
        assertTrue(first.sessionOpen());
        Turn second = sim.say("");
        assertEquals("SessionEndedRequest", second.requestType());
        assertFalse(second.sessionOpen());
        assertFalse(sim.sessionOpen());
    }

    @Test
    void exitSendsSessionEndedRequest() {
        Simulator sim = Simulator.create();
        sim.say("open bedtime legs");
        Turn turn = sim.say("exit");
        assertEquals("SessionEndedRequest", turn.requestType());
        assertFalse(sim.sessionOpen());
    }

    @Test
    void rawMalformedJsonIsReportedInOneLine() {
        String reply = Simulator.create().sendRaw("{not json".getBytes());
        assertTrue(reply.startsWith("error: Malformed request: the body is not valid JSON"), reply);
        assertFalse(reply.contains("\n"));
    }
}
