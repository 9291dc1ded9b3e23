package com.bedtimelegs.simulator;

import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * {@code --json}: each request and response in the shape the developer console's Test tab shows them,
 * so a turn here can be diffed against the same turn there. "JSON Input" is the request envelope
 * itself ({@code version, session, context, request}); "JSON Output" wraps the skill's response
 * envelope in {@code {"body": ...}} ({@code version, response, sessionAttributes, userAgent}), as the
 * console and the Skill Simulation API's {@code invocationResponse} do.
 */
public final class ConsoleJson implements Consumer<String> {
    public static final String INPUT_HEADER = "--- JSON Input (developer console) ---";
    public static final String OUTPUT_HEADER = "--- JSON Output (developer console) ---";

    /** JSON.stringify(value, null, 2): the layout of the console panes and of this repository's JSON. */
    static final DefaultPrettyPrinter TWO_SPACES = new DefaultPrettyPrinter()
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private final PrintStream out;

    public ConsoleJson(PrintStream out) {
        this.out = out;
    }

    /** The console's "JSON Output" pane for a response envelope. */
    public static ObjectNode output(JsonNode responseEnvelope) {
        ObjectNode pane = Json.MAPPER.createObjectNode();
        pane.set("body", responseEnvelope);
        return pane;
    }

    /** Receives the simulator's wire lines ("request: {...}" / "response: {...}"). */
    @Override
    public void accept(String wire) {
        try {
            if (wire.startsWith("request: ")) {
                out.println(INPUT_HEADER);
                out.println(pretty(Json.MAPPER.readTree(wire.substring("request: ".length()))));
            } else if (wire.startsWith("response: ")) {
                String body = wire.substring("response: ".length());
                out.println(OUTPUT_HEADER);
                out.println(pretty(output(body.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(body))));
            }
        } catch (JsonProcessingException e) {
            out.println("(not JSON: " + e.getOriginalMessage() + ")");
        }
    }

    static String pretty(JsonNode node) throws JsonProcessingException {
        return Json.MAPPER.writer(TWO_SPACES).writeValueAsString(node);
    }
}
