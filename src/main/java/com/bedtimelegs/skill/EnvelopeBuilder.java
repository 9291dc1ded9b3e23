package com.bedtimelegs.skill;

import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.UUID;

/**
 * A request envelope shaped as Alexa sends it, for priming, tests and the simulator: the one place
 * that knows where the skill id, session, user permissions, device interfaces, Alexa's API
 * endpoint and entity-resolved slots go.
 */
public final class EnvelopeBuilder {
    private final String skillId;
    /** type, requestId, timestamp, locale, then what the type carries (intent, dialogState, reason...). */
    private final ObjectNode request = Json.MAPPER.createObjectNode();
    private JsonNode attributes = Json.MAPPER.createObjectNode();
    private boolean newSession;
    private String sessionId;
    private String label = "local";
    /** The device's supportedInterfaces: none but what {@link #screen()} adds. */
    private final ObjectNode interfaces = Json.MAPPER.createObjectNode();
    private String apiEndpoint = "https://api.amazonalexa.com";
    private String apiAccessToken;
    private Grant granted;

    /** A permission the user granted, listed in context.System.user.permissions. */
    private record Grant(String scope, String consentToken) {
    }

    private EnvelopeBuilder(String skillId, String type) {
        this.skillId = skillId;
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        request.put("timestamp", "2026-11-25T22:30:00Z");
        request.put("locale", "en-US");
    }

    public static EnvelopeBuilder launch(String skillId) {
        return new EnvelopeBuilder(skillId, "LaunchRequest").session(null, true);
    }

    public static EnvelopeBuilder intent(String skillId, String intentName) {
        ObjectNode intent = Json.MAPPER.createObjectNode();
        intent.put("name", intentName);
        intent.put("confirmationStatus", "NONE");
        intent.putObject("slots");
        return intent(skillId, intent);
    }

    /** An intent node built by the caller, e.g. with slots in unusual states. */
    public static EnvelopeBuilder intent(String skillId, ObjectNode intent) {
        EnvelopeBuilder builder = new EnvelopeBuilder(skillId, "IntentRequest");
        builder.request.set("intent", intent);
        return builder;
    }

    /**
     * A request of any other type (SessionEndedRequest, Connections.Response...); the caller adds
     * the fields that type carries to {@link #request()}.
     */
    public static EnvelopeBuilder request(String skillId, String type) {
        return new EnvelopeBuilder(skillId, type);
    }

    /** The request object, to set what its type carries: dialogState, reason, status, payload... */
    public ObjectNode request() {
        return request;
    }

    /** A slot of a custom type that Alexa matched to {@code id} (ER_SUCCESS_MATCH). */
    public EnvelopeBuilder slot(String name, String heard, String id) {
        ((ObjectNode) request.path("intent")).with("slots")
                .set(name, slot(skillId, name, heard, name.toUpperCase(Locale.ROOT), heard, id));
        return this;
    }

    /**
     * A slot as Alexa fills it. {@code heard} null: the user said nothing for it. {@code type} null:
     * a built-in type, with no entity resolution. Otherwise the custom type's authority reports
     * ER_SUCCESS_MATCH with the value's name and id, or ER_SUCCESS_NO_MATCH when {@code id} is null.
     */
    public static ObjectNode slot(String skillId, String name, String heard, String type, String value, String id) {
        ObjectNode slot = Json.MAPPER.createObjectNode();
        slot.put("name", name);
        slot.put("confirmationStatus", "NONE");
        if (heard == null) {
            return slot;
        }
        slot.put("value", heard);
        slot.put("source", "USER");
        if (type != null) {
            ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
            authority.put("authority", "amzn1.er-authority.echo-sdk." + skillId + "." + type);
            authority.putObject("status").put("code", id != null ? "ER_SUCCESS_MATCH" : "ER_SUCCESS_NO_MATCH");
            if (id != null) {
                ObjectNode resolved = authority.putArray("values").addObject().putObject("value");
                resolved.put("name", value);
                resolved.put("id", id);
            }
        }
        return slot;
    }

    /** The request's locale (en-US unless set). */
    public EnvelopeBuilder locale(String locale) {
        request.put("locale", locale);
        return this;
    }

    /** When Alexa says the request was made (ISO-8601, e.g. 2026-11-25T22:30:00Z). */
    public EnvelopeBuilder timestamp(String timestamp) {
        request.put("timestamp", timestamp);
        return this;
    }

    /** The dialog's state on an intent the interaction model has a dialog for; null leaves it out. */
    public EnvelopeBuilder dialogState(String dialogState) {
        if (dialogState != null) {
            request.put("dialogState", dialogState);
        }
        return this;
    }

    /** The session's id (null: one named after the label) and whether this request opens it. */
    public EnvelopeBuilder session(String id, boolean isNew) {
        this.sessionId = id;
        this.newSession = isNew;
        return this;
    }

    /** Session attributes as the skill last returned them. */
    public EnvelopeBuilder attributes(JsonNode attributes) {
        this.attributes = attributes;
        return this;
    }



    /** Names the session, user and device ids (e.g. "priming") so logs tell them apart. */
    public EnvelopeBuilder label(String label) {
        this.label = label;
        return this;
    }


    /** A device with a screen (an Echo Show): supportedInterfaces lists Alexa.Presentation.APL. */
    public EnvelopeBuilder screen() {
        interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "1.8");
        return this;
    }

    /** Where the skill's service clients call Alexa's APIs, and the token they send. */
    public EnvelopeBuilder alexaApi(String endpoint, String accessToken) {
        this.apiEndpoint = endpoint;
        this.apiAccessToken = accessToken;
        return this;
    }

    /** The user granted this permission scope (e.g. reminders); the consent token comes with it. */
    public EnvelopeBuilder granted(String scope, String consentToken) {
        this.granted = new Grant(scope, consentToken);
        return this;
    }

    public ObjectNode build() {
        ObjectNode envelope = Json.MAPPER.createObjectNode();
        envelope.put("version", "1.0");
        ObjectNode session = envelope.putObject("session");
        session.put("new", newSession);
        session.put("sessionId", sessionId != null ? sessionId : "amzn1.echo-api.session." + label);
        session.putObject("application").put("applicationId", skillId);
        session.set("attributes", attributes.deepCopy());
        session.putObject("user").put("userId", "amzn1.ask.account." + label);
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        ObjectNode user = system.putObject("user");
        user.put("userId", "amzn1.ask.account." + label);
        if (granted != null) {
            ObjectNode permissions = user.putObject("permissions");
            permissions.put("consentToken", granted.consentToken());
            permissions.putObject("scopes").putObject(granted.scope()).put("status", "GRANTED");
        }
        ObjectNode device = system.putObject("device");
        device.put("deviceId", "amzn1.ask.device." + label);
        device.set("supportedInterfaces", interfaces.deepCopy());
        system.put("apiEndpoint", apiEndpoint);
        if (apiAccessToken != null) {
            system.put("apiAccessToken", apiAccessToken);
        }
        envelope.set("request", request.deepCopy());
        return envelope;
    }
}
