package com.bedtimelegs.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.simulator.InteractionModel;
import com.bedtimelegs.skill.BedtimeLegsSkill;
import com.bedtimelegs.skill.EnvelopeBuilder;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.state.SessionStateGuard;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Which handler answers every intent, in every activity, with every offer open: the whole table,
 * compared with the reviewed copy in {@code src/test/resources/routing/table.txt}, and proven to
 * be what the SDK really dispatches: exactly one registered handler claims each cell.
 */
class RoutingTableTest {
    private static final Path TABLE = Path.of("src/test/resources/routing/table.txt");
    private static final JacksonSerializer SDK_JSON = new JacksonSerializer();

    static List<String> intents() {
        TreeSet<String> names = new TreeSet<>(InteractionModel.forLocale("en-US").intents().keySet());
        names.add("SomeOtherSkillsIntent"); // an intent the model doesn't have: the fallback
        return List.copyOf(names);
    }

    static String table() {
        StringBuilder out = new StringBuilder("# intent | activity | handler for each offer: ");
        for (Offer offer : Offer.values()) {
            out.append(offer).append(' ');
        }
        out.append("(one name when every offer has the same)\n");
        for (String intent : intents()) {
            for (Activity activity : Activity.values()) {
                List<String> cells = new ArrayList<>();
                for (Offer offer : Offer.values()) {
                    cells.add(Routes.handlerFor(intent, activity, offer).getSimpleName());
                }
                boolean same = cells.stream().distinct().count() == 1;
                out.append(intent).append(" | ").append(activity).append(" | ")
                        .append(same ? cells.get(0) : String.join(" ", cells)).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void theTableIsTheReviewedOne() throws IOException {
        String now = table();
        if (Boolean.getBoolean("routing.write")) {
            Files.writeString(TABLE, now, StandardCharsets.UTF_8);
        }
        System.out.println(now);
        assertEquals(Files.readString(TABLE, StandardCharsets.UTF_8), now,
                "the routing changed: review it, then rerun with -Drouting.write=true to record it");
    }

    @Test
    void exactlyOneRegisteredHandlerClaimsEachCellAndItIsTheOneTheTableNames() {
        List<RequestHandler> handlers = BedtimeLegsSkill.handlers();
        List<String> wrong = new ArrayList<>();
        for (String intent : intents()) {
            for (Activity activity : Activity.values()) {
                for (Offer offer : Offer.values()) {
                    HandlerInput input = input(intent, activity, offer);
                    List<String> claim = handlers.stream()
                            .filter(h -> !(h instanceof OtherRequestHandler))
                            .filter(h -> h.canHandle(input))
                            .map(h -> h.getClass().getSimpleName())
                            .toList();
                    String expected = Routes.handlerFor(intent, activity, offer).getSimpleName();
                    if (!claim.equals(List.of(expected))) {
                        wrong.add(intent + " | " + activity + " | " + offer + ": " + claim + ", table says " + expected);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static HandlerInput input(String intent, Activity activity, Offer offer) {
        ObjectNode attributes = Json.MAPPER.createObjectNode();
        attributes.put("v", SessionStateGuard.CURRENT_VERSION);
        if (activity != Activity.NONE) {
            attributes.put("activity", activity.name());
        }
        if (offer != Offer.NONE) {
            attributes.put("offer", offer.name());
        }
        String json = EnvelopeBuilder.intent("amzn1.ask.skill.test", intent).attributes(attributes).build().toString();
        RequestEnvelope envelope = SDK_JSON.deserialize(json, RequestEnvelope.class);
        return HandlerInput.builder().withRequestEnvelope(envelope).build();
    }
}
