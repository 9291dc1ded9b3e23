package com.bedtimelegs.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Resource;

/**
 * Runs a few typical conversations through the skill before SnapStart takes its snapshot, so the
 * classes, Jackson serializers and JIT-compiled paths of a real request are already in the
 * restored image and the first user after a restore is not the one who pays for them.
 */
public final class Priming implements Resource {
    /** Conversations as (intent, slot id) turns; null intent means a LaunchRequest. */
    private static final List<List<String[]>> CONVERSATIONS = List.of(
            List.of(new String[] {null, null}, new String[] {"AMAZON.HelpIntent", null},
                    new String[] {"AMAZON.StopIntent", null}),
            List.of(new String[] {"CrampReliefIntent", "muscle=CALF"}, new String[] {"CrampStillThereIntent", null},
                    new String[] {"CrampGoneIntent", null}),
            List.of(new String[] {"StretchRoutineIntent", "routine=QUICK"}, new String[] {"AMAZON.NextIntent", null},
                    new String[] {"AMAZON.RepeatIntent", null}),
            List.of(new String[] {"RedFlagCheckIntent", null}, new String[] {"AMAZON.NoIntent", null},
                    new String[] {"AMAZON.NoIntent", null}),
            List.of(new String[] {"TipsIntent", "topic=HYDRATION"}, new String[] {"AMAZON.YesIntent", null}));

    private final LambdaEntry entry;
    private final String skillId;

    public Priming(LambdaEntry entry, String skillId) {
        this.entry = entry;
        this.skillId = skillId;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to reopen: the skill holds no connections or clocks.
    }

    /** Plays every conversation once; returns how many requests were answered. */
    public int run() {
        int answered = 0;
        for (List<String[]> conversation : CONVERSATIONS) {
            JsonNode attributes = Json.MAPPER.createObjectNode();
            boolean first = true;
            for (String[] turn : conversation) {
                JsonNode reply = send(envelope(turn[0], turn[1], attributes, first));
                first = false;
                if (reply == null) {
                    break;
                }
                answered++;
                attributes = reply.path("sessionAttributes").isObject()
                        ? reply.get("sessionAttributes") : Json.MAPPER.createObjectNode();
            }
        }
        return answered;
    }

    private JsonNode send(ObjectNode envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            entry.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(envelope)), out, null);
            return Json.MAPPER.readTree(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return null; // priming is best effort: a failure here must never stop the function starting
        }
    }

    private ObjectNode envelope(String intent, String slot, JsonNode attributes, boolean isNew) {
        ObjectNode envelope = Json.MAPPER.createObjectNode();
        envelope.put("version", "1.0");
        ObjectNode session = envelope.putObject("session");
        session.put("new", isNew);
        session.put("sessionId", "amzn1.echo-api.session.priming");
        session.putObject("application").put("applicationId", skillId);
        session.set("attributes", attributes);
        session.putObject("user").put("userId", "amzn1.ask.account.PRIMING");
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        system.putObject("user").put("userId", "amzn1.ask.account.PRIMING");
        system.putObject("device").put("deviceId", "amzn1.ask.device.PRIMING").putObject("supportedInterfaces");
        ObjectNode request = envelope.putObject("request");
        request.put("type", intent == null ? "LaunchRequest" : "IntentRequest");
        request.put("requestId", "amzn1.echo-api.request.priming");
        request.put("timestamp", "2026-01-01T22:00:00Z");
        request.put("locale", "en-US");
        if (intent != null) {
            ObjectNode body = request.putObject("intent");
            body.put("name", intent);
            body.put("confirmationStatus", "NONE");
            ObjectNode slots = body.putObject("slots");
            if (slot != null) {
                String[] nameAndId = slot.split("=");
                ObjectNode value = slots.putObject(nameAndId[0]);
                value.put("name", nameAndId[0]);
                value.put("value", nameAndId[1].toLowerCase(java.util.Locale.ROOT));
                value.put("confirmationStatus", "NONE");
                ObjectNode authority = value.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
                authority.put("authority", "amzn1.er-authority.echo-sdk." + skillId + ".PRIMING");
                authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
                authority.putArray("values").addObject().set("value",
                        Json.MAPPER.valueToTree(Map.of("name", nameAndId[1].toLowerCase(java.util.Locale.ROOT), "id", nameAndId[1])));
            }
        }
        return envelope;
    }
}
