package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --json prints each turn as the developer console's Test tab shows it. */
class ConsoleJsonTest {
    private static List<JsonNode> panes(String printed, String header) throws Exception {
        List<JsonNode> panes = new ArrayList<>();
        String[] parts = printed.split("\n");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals(header)) {
                StringBuilder json = new StringBuilder();
                int j = i + 1;
                do {
                    json.append(parts[j]).append('\n');
                } while (!parts[j++].equals("}"));
                panes.add(Json.MAPPER.readTree(json.toString()));
            }
        }
        return panes;
    }

    @Test
    void inputIsTheRequestEnvelopeAndOutputWrapsTheResponseInBody() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Simulator sim = Simulator.create();
        List<JsonNode> replies = new ArrayList<>();
        sim.onResponse(replies::add);
        sim.onWire(new ConsoleJson(new PrintStream(printed, true, StandardCharsets.UTF_8)));
        sim.say("open bedtime legs");
        sim.say("start a bedtime stretch");
        String text = printed.toString(StandardCharsets.UTF_8);

        List<JsonNode> inputs = panes(text, ConsoleJson.INPUT_HEADER);
        List<JsonNode> outputs = panes(text, ConsoleJson.OUTPUT_HEADER);
        assertEquals(2, inputs.size());
        assertEquals(2, outputs.size());
        for (JsonNode input : inputs) {
            assertEquals(List.of("version", "session", "context", "request"), fieldNames(input));
        }
        assertEquals("LaunchRequest", inputs.get(0).at("/request/type").asText());
        assertEquals("StretchRoutineIntent", inputs.get(1).at("/request/intent/name").asText());
        for (int i = 0; i < 2; i++) {
            JsonNode output = outputs.get(i);
            assertEquals(List.of("body"), fieldNames(output));
            assertEquals(replies.get(i), output.get("body"), "the body is the skill's response, unchanged");
            assertEquals("1.0", output.at("/body/version").asText());
            assertTrue(output.at("/body/response/outputSpeech/ssml").asText().startsWith("<speak>"));
            assertTrue(output.get("body").has("sessionAttributes"));
        }
        // The next request carries the attributes the last response set, as Alexa does.
        assertEquals(outputs.get(0).at("/body/sessionAttributes"), inputs.get(1).at("/session/attributes"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
