package com.bedtimelegs.skill;

import com.bedtimelegs.content.Json;
import com.bedtimelegs.state.SessionStateGuard;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * A request envelope shaped as Alexa sends it, for priming and tests: one place that knows where
 * the skill id, session, device interfaces and entity-resolved slots go.
 */
public final class EnvelopeBuilder {
    private final String skillId;
    private final String type;
    private final ObjectNode intent;
    private JsonNode attributes = Json.MAPPER.createObjectNode();
    private boolean newSession;
    private boolean screen;
    private String locale = "en-US";
    private String dialogState;
    private String label = "local";
    private String timestamp = "2026-11-25T22:30:00Z";

    private EnvelopeBuilder(String skillId, String type, ObjectNode intent) {
        this.skillId = skillId;
        this.type = type;
        this.intent = intent;
    }

    public static EnvelopeBuilder launch(String skillId) {
        return new EnvelopeBuilder(skillId, "LaunchRequest", null).newSession(true);
    }

    public static EnvelopeBuilder intent(String skillId, String intentName) {
        ObjectNode intent = Json.MAPPER.createObjectNode();
        intent.put("name", intentName);
        intent.put("confirmationStatus", "NONE");
        intent.putObject("slots");
        return new EnvelopeBuilder(skillId, "IntentRequest", intent);
    }

    /** An intent node built by the caller, e.g. with slots in unusual states. */
    public static EnvelopeBuilder intent(String skillId, ObjectNode intent) {
        return new EnvelopeBuilder(skillId, "IntentRequest", intent);
    }

    /** A slot of a custom type that Alexa matched to {@code id} (ER_SUCCESS_MATCH). */
    public EnvelopeBuilder slot(String name, String heard, String id) {
        ObjectNode slot = slotNode(name, heard);
        ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk." + skillId + "." + name.toUpperCase(Locale.ROOT));
        authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
        ObjectNode value = authority.putArray("values").addObject().putObject("value");
        value.put("name", heard);
        value.put("id", id);
        return this;
    }

    private ObjectNode slotNode(String name, String heard) {
        ObjectNode slot = intent.with("slots").putObject(name);
        slot.put("name", name);
        slot.put("value", heard);
        slot.put("confirmationStatus", "NONE");
        slot.put("source", "USER");
        return slot;
    }

    /** Session attributes as the skill last returned them. */
    public EnvelopeBuilder attributes(JsonNode attributes) {
        this.attributes = attributes;
        return this;
    }

    /** Attributes stamped with the current state version, so the state guard lets them through. */
    public EnvelopeBuilder currentAttributes(JsonNode attributes) {
        ObjectNode copy = attributes.isObject() ? ((ObjectNode) attributes).deepCopy() : Json.MAPPER.createObjectNode();
        copy.put(SessionStateGuard.VERSION, SessionStateGuard.CURRENT_VERSION);
        return attributes(copy);
    }

    public EnvelopeBuilder newSession(boolean isNew) {
        this.newSession = isNew;
        return this;
    }

    /** A device that supports Alexa.Presentation.APL (an Echo Show). */
    public EnvelopeBuilder screen(boolean screen) {
        this.screen = screen;
        return this;
    }

    public EnvelopeBuilder locale(String locale) {
        this.locale = locale;
        return this;
    }

    public EnvelopeBuilder dialogState(String dialogState) {
        this.dialogState = dialogState;
        return this;
    }

    /** When Alexa says the request was made (ISO-8601, e.g. 2026-11-25T22:30:00Z). */
    public EnvelopeBuilder timestamp(String timestamp) {
        this.timestamp = timestamp;
        return this;
    }

    /** Names the session, user and device ids (e.g. "priming") so logs tell them apart. */
    public EnvelopeBuilder label(String label) {
        this.label = label;
        return this;
    }

    public ObjectNode build() {
        ObjectNode envelope = Json.MAPPER.createObjectNode();
        envelope.put("version", "1.0");
        ObjectNode session = envelope.putObject("session");
        session.put("new", newSession);
        session.put("sessionId", "amzn1.echo-api.session." + label);
        session.putObject("application").put("applicationId", skillId);
        session.set("attributes", attributes);
        session.putObject("user").put("userId", "amzn1.ask.account." + label);
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        system.putObject("user").put("userId", "amzn1.ask.account." + label);
        ObjectNode device = system.putObject("device");
        device.put("deviceId", "amzn1.ask.device." + label);
        ObjectNode interfaces = device.putObject("supportedInterfaces");
        if (screen) {
            interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "1.8");
        }
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        ObjectNode request = envelope.putObject("request");
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request." + label);
        request.put("timestamp", timestamp);
        request.put("locale", locale);
        if (dialogState != null) {
            request.put("dialogState", dialogState);
        }
        if (intent != null) {
            request.set("intent", intent);
        }
        return envelope;
    }

    public byte[] bytes() {
        try {
            return Json.MAPPER.writeValueAsBytes(build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
