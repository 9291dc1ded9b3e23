package com.bedtimelegs.simulator;

import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.bedtimelegs.persistence.FileStore;
import com.bedtimelegs.simulator.UtteranceResolver.HeardSlot;
import com.bedtimelegs.simulator.UtteranceResolver.Resolution;
import com.bedtimelegs.skill.BadRequestException;
import com.bedtimelegs.skill.BedtimeLegsSkill;
import com.bedtimelegs.skill.EnvelopeBuilder;
import com.bedtimelegs.skill.GuardedSkill;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.skill.LambdaEntry;
import com.bedtimelegs.skill.ResponseInvariant;
import com.bedtimelegs.speech.SpeechCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline Alexa: typed words in, the skill's words out. Each turn builds the same JSON
 * envelope Alexa would send and passes it through the Lambda entry point, so what you hear here
 * is what a device would say.
 */
public final class Simulator {
    public static final String LOCAL_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    /** Names the simulator's user and device: amzn1.ask.account.LOCAL-SIMULATOR, amzn1.ask.device.LOCAL-SIMULATOR. */
    static final String LOCAL_USER = "LOCAL-SIMULATOR";

    private final LambdaEntry entry;
    private final UtteranceResolver resolver;
    private final String locale;
    private final Pattern launch;
    private final Pattern oneShot;
    private final Pattern oneShotSuffix;
    private Consumer<String> wireLog = line -> { };
    private Consumer<JsonNode> responses = reply -> { };
    private boolean screen;
    /** This user's side of Alexa's service APIs (reminders, settings) on the loopback server. */
    private final FakeAlexaApi.Account alexa = FakeAlexaApi.shared().newAccount();
    private boolean voicePermission = true;
    private Clock clock = Clock.systemUTC();
    /** Set while Alexa asks the user for a permission the skill requested (Connections.SendRequest AskFor). */
    private Consent consent;

    private boolean sessionOpen;
    private boolean repromptUsed;
    private boolean freshSessionPending;
    private String sessionId;
    private ObjectNode attributes = Json.MAPPER.createObjectNode();
    private String lastRepromptSsml;
    /** Set while Alexa is eliciting a slot for a dialog: {intent, slot, updatedIntent}. */
    private Elicitation elicitation;

    private record Elicitation(String intent, String slot, ObjectNode updatedIntent) {
    }

    private record Consent(String name, String token, String scope) {
    }

    /** The reminders permission scope; granted ones are listed in context.System.user.permissions. */
    public static final String REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite";
    /** What Alexa itself (not the skill) says when a skill asks for the reminders permission by voice. */
    static final String CONSENT_QUESTION = "Alexa: Bedtime Legs would like to create and edit reminders for you. Do you allow it? Say yes or no.";

    /** A simulator whose memory is a fresh file store in a temporary folder (removed on exit). */
    public Simulator(InteractionModel model, String locale, Consumer<String> skillLog) {
        this(model, locale, skillLog, temporaryStore());
    }

    /** A simulator remembering users in {@code store} (a FileStore, a DynamoDbStore, or null for no memory). */
    public Simulator(InteractionModel model, String locale, Consumer<String> skillLog, PersistenceAdapter store) {
        this.entry = new LambdaEntry(new GuardedSkill(BedtimeLegsSkill.create(LOCAL_SKILL_ID, skillLog, store), LOCAL_SKILL_ID));
        this.resolver = UtteranceResolver.of(model);
        this.locale = locale;
        String name = Pattern.quote(UtteranceResolver.normalize(model.invocationName()));
        this.launch = Pattern.compile("^(?:open|launch|start|begin|load|run|talk to) " + name + "$");
        this.oneShot = Pattern.compile("^(?:ask|tell) " + name + "(?: (?:to|for|about|if|whether|that|how))?(?: (.*))?$");
        this.oneShotSuffix = Pattern.compile("^(.+) (?:with|using|on|from) " + name + "$");
    }

    /** A simulator for en-US reading the model from skill-package/, with the skill's logs discarded. */
    public static Simulator create() {
        return forLocale("en-US");
    }

    /** A simulator for a locale (en-GB, en-AU...) reading that locale's model, with the skill's logs discarded. */
    public static Simulator forLocale(String locale) {
        return new Simulator(InteractionModel.forLocale(locale), locale, line -> { });
    }

    /** A file store in a new temporary folder, so tests never touch the memory in the user's home. */
    public static FileStore temporaryStore() {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "bedtime-legs-memory-" + UUID.randomUUID());
        Path file = dir.resolve("users.json");
        dir.toFile().deleteOnExit(); // registered first, deleted last
        file.toFile().deleteOnExit();
        return new FileStore(file);
    }

    /** Receives every request and response JSON (for --json). */
    public void onWire(Consumer<String> log) {
        this.wireLog = log;
    }

    /** Receives every response envelope the skill returned, parsed. */
    public void onResponse(Consumer<JsonNode> listener) {
        this.responses = listener;
    }

    /** Pretend to be a device with a screen (Echo Show): requests list Alexa.Presentation.APL. */
    public Simulator withScreen(boolean screen) {
        this.screen = screen;
        return this;
    }

    public boolean sessionOpen() {
        return sessionOpen;
    }

    /** The model's invocation name ("bedtime legs"). */
    public String invocationName() {
        return resolver.model().invocationName();
    }

    /** This user's Alexa service APIs: grant or deny reminders, set the time zone, see what the skill sent. */
    public FakeAlexaApi.Account alexa() {
        return alexa;
    }

    /** The clock that stamps requests (tests fix it so reminder times are predictable). */
    public Simulator withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** One user turn. Empty text means the user stayed silent. */
    public Turn say(String typed) {
        if (typed != null && typed.strip().startsWith("/")) {
            return command(typed.strip());
        }
        String said = UtteranceResolver.normalize(typed == null ? "" : typed);
        if (consent != null) {
            return answerConsent(typed == null ? "" : typed, said);
        }
        if (said.isEmpty()) {
            return silence();
        }
        Matcher m = launch.matcher(said);
        if (m.matches()) {
            newSession();
            return send(EnvelopeBuilder.launch(LOCAL_SKILL_ID), typed, "LaunchRequest", null, Map.of());
        }
        m = oneShot.matcher(said);
        Matcher suffix = oneShotSuffix.matcher(said);
        String words = said;
        if (m.matches()) {
            newSession();
            if (m.group(1) == null || m.group(1).isBlank()) {
                return send(EnvelopeBuilder.launch(LOCAL_SKILL_ID), typed, "LaunchRequest", null, Map.of());
            }
            words = m.group(1);
        } else if (suffix.matches()) {
            newSession();
            words = suffix.group(1);
        } else if (!sessionOpen) {
            newSession(); // plain words with no session: treat as a one-shot request
        } else if (said.equals("exit") || said.equals("quit skill")) {
            return endSession(typed, "USER_INITIATED");
        }
        if (elicitation != null) {
            Elicitation e = elicitation;
            var answer = resolver.resolveSlotAnswer(e.intent(), e.slot(), words);
            if (answer.isPresent()) {
                ObjectNode intent = e.updatedIntent().deepCopy();
                ObjectNode slots = intent.with("slots");
                slots.set(e.slot(), slot(answer.get()));
                return sendIntent(typed, intent, "IN_PROGRESS");
            }
        }
        Resolution resolution = resolver.resolve(words);
        ObjectNode intent = Json.MAPPER.createObjectNode();
        intent.put("name", resolution.intent());
        intent.put("confirmationStatus", "NONE");
        ObjectNode slots = intent.putObject("slots");
        resolution.slots().forEach((name, heard) -> slots.set(name, slot(heard)));
        String dialogState = resolver.model().dialogSlots(resolution.intent()).isEmpty() ? null : "STARTED";
        return sendIntent(typed, intent, dialogState);
    }

    /** Ends an open session as a user saying "exit" would (SessionEndedRequest, USER_INITIATED). */
    public void quit() {
        if (sessionOpen) {
            endSession("", "USER_INITIATED");
        }
    }

    /** Sends a raw JSON envelope through the Lambda entry point; the reply or a one-line error. */
    public String sendRaw(byte[] body) {
        try {
            return new String(invoke(body), StandardCharsets.UTF_8);
        } catch (BadRequestException e) {
            return "error: " + e.getMessage();
        }
    }

    /**
     * Alexa's permission dialog: yes grants the scope (the fake API then accepts calls and requests
     * list it), no denies it, silence or anything else is NOT_ANSWERED. The skill hears the
     * outcome as a Connections.Response.
     */
    private Turn answerConsent(String typed, String said) {
        Consent c = consent;
        consent = null;
        String status;
        if (UtteranceResolver.BUILT_IN_SAMPLES.get("AMAZON.YesIntent").contains(said)) {
            status = "ACCEPTED";
            alexa.grantReminders(true);
        } else if (UtteranceResolver.BUILT_IN_SAMPLES.get("AMAZON.NoIntent").contains(said)) {
            status = "DENIED";
        } else {
            status = "NOT_ANSWERED";
        }
        return sendConnectionsResponse(typed, c, "200", "OK", status);
    }

    private Turn sendConnectionsResponse(String typed, Consent c, String code, String message, String status) {
        EnvelopeBuilder envelope = EnvelopeBuilder.request(LOCAL_SKILL_ID, "Connections.Response");
        ObjectNode request = envelope.request();
        request.put("name", c.name());
        ObjectNode statusNode = request.putObject("status");
        statusNode.put("code", code);
        statusNode.put("message", message);
        request.put("token", c.token());
        Map<String, String> summary = new LinkedHashMap<>();
        if (status != null) {
            ObjectNode payload = request.putObject("payload");
            payload.put("permissionScope", c.scope());
            payload.put("status", status);
            summary.put("status", status);
        } else {
            summary.put("code", code);
        }
        return send(envelope, typed, "Connections.Response", null, summary);
    }

    /** Console and transcript commands that change Alexa's side, not the conversation. */
    private Turn command(String line) {
        String[] parts = line.substring(1).split("\\s+");
        String reply;
        switch (parts[0]) {
            case "grant" -> {
                alexa.grantReminders(true);
                reply = "reminders permission granted";
            }
            case "deny", "revoke" -> {
                alexa.grantReminders(false);
                reply = "reminders permission not granted";
            }
            case "timezone" -> {
                alexa.timeZone(parts.length > 1 && !parts[1].equals("none") ? parts[1] : null);
                reply = "device time zone: " + alexa.timeZone();
            }
            case "fail" -> {
                int status = parts.length > 1 ? Integer.parseInt(parts[1]) : 503;
                alexa.failNext(status);
                reply = "the next Reminders API call answers " + status;
            }
            case "slow" -> {
                long millis = parts.length > 1 ? Long.parseLong(parts[1]) : 5000;
                alexa.delayNext(millis);
                reply = "the next Reminders API call waits " + millis + " ms";
            }
            case "no-voice-permission" -> {
                voicePermission = false;
                reply = "this device cannot ask for permissions by voice";
            }
            case "reminders" -> {
                StringBuilder out = new StringBuilder(alexa.reminders().size() + " reminder(s)");
                for (JsonNode r : alexa.reminders()) {
                    out.append("; ").append(r.path("trigger").path("recurrence").path("recurrenceRules").path(0).asText())
                            .append(" ").append(r.path("trigger").path("timeZoneId").asText("(device zone)"))
                            .append(" \"").append(r.path("alertInfo").path("spokenInfo").path("content").path(0).path("text").asText())
                            .append("\"");
                }
                reply = out.toString();
            }
            default -> reply = "unknown command; try /grant /deny /timezone ZONE /fail 503 /slow 5000 /no-voice-permission /reminders";
        }
        return new Turn(line, "Command", null, Map.of(), null, reply, null, "", sessionOpen, List.of(), List.of());
    }

    private Turn silence() {
        if (!sessionOpen) {
            return new Turn("", "None", null, Map.of(), null, "", null, "", false, List.of(), List.of());
        }
        if (!repromptUsed && lastRepromptSsml != null) {
            repromptUsed = true;
            return new Turn("", "Reprompt", null, Map.of(), lastRepromptSsml, SpeechCheck.readable(lastRepromptSsml),
                    null, "", true, List.of(), List.of());
        }
        return endSession("", "EXCEEDED_MAX_REPROMPTS");
    }

    private Turn endSession(String typed, String reason) {
        EnvelopeBuilder envelope = EnvelopeBuilder.request(LOCAL_SKILL_ID, "SessionEndedRequest");
        envelope.request().put("reason", reason);
        Turn turn = send(envelope, typed, "SessionEndedRequest", null, Map.of());
        closeSession();
        return new Turn(turn.said(), turn.requestType(), null, Map.of(), turn.speechSsml(), turn.speech(),
                null, "", false, turn.directives(), turn.problems());
    }

    private Turn sendIntent(String typed, ObjectNode intent, String dialogState) {
        Map<String, String> slotSummary = new LinkedHashMap<>();
        intent.path("slots").fields().forEachRemaining(e -> {
            JsonNode slot = e.getValue();
            if (slot.hasNonNull("value")) {
                JsonNode id = slot.at("/resolutions/resolutionsPerAuthority/0/values/0/value/id");
                slotSummary.put(e.getKey(), id.isMissingNode() ? "\"" + slot.path("value").asText() + "\"" : id.asText());
            }
        });
        return send(EnvelopeBuilder.intent(LOCAL_SKILL_ID, intent).dialogState(dialogState), typed, "IntentRequest",
                intent.path("name").asText(), slotSummary);
    }

    private Turn send(EnvelopeBuilder envelope, String typed, String type, String intentName, Map<String, String> slots) {
        byte[] body;
        try {
            body = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(asThisDevice(envelope).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        wireLog.accept("request: " + new String(body, StandardCharsets.UTF_8));
        JsonNode reply;
        List<String> problems = new ArrayList<>();
        try {
            byte[] out = invoke(body);
            wireLog.accept("response: " + new String(out, StandardCharsets.UTF_8));
            reply = out.length == 0 ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(out);
            // The same response invariant GuardedSkill asserts in tests, reported here for people.
            problems.addAll(ResponseInvariant.problems(type, out));
            responses.accept(reply);
        } catch (IOException e) {
            throw new IllegalStateException("skill returned unreadable JSON", e);
        }
        elicitation = null;
        JsonNode response = reply.path("response");
        if (reply.has("sessionAttributes") && reply.get("sessionAttributes").isObject()) {
            attributes = (ObjectNode) reply.get("sessionAttributes");
        }
        String speechSsml = response.path("outputSpeech").path("ssml").asText(null);
        String repromptSsml = response.path("reprompt").path("outputSpeech").path("ssml").asText(null);
        List<String> directives = new ArrayList<>();
        boolean dialogContinues = false;
        for (JsonNode directive : response.path("directives")) {
            String directiveType = directive.path("type").asText();
            directives.add(directiveType);
            if (directiveType.equals("Dialog.ElicitSlot")) {
                elicitation = new Elicitation(directive.path("updatedIntent").path("name").asText(),
                        directive.path("slotToElicit").asText(), (ObjectNode) directive.path("updatedIntent"));
                dialogContinues = true;
            } else if (directiveType.equals("Connections.SendRequest")) {
                consent = new Consent(directive.path("name").asText(), directive.path("token").asText(null),
                        directive.path("payload").path("permissionScope").asText());
            } else if (directiveType.equals("Dialog.Delegate")) {
                Turn delegated = delegate(typed, type, intentName, slots, (ObjectNode) directive.path("updatedIntent"));
                if (delegated != null) {
                    return delegated;
                }
                dialogContinues = true;
            }
        }
        if (type.equals("SessionEndedRequest")) {
            return new Turn(typed, type, intentName, slots, speechSsml, "", null, "", false, directives, problems);
        }
        if (consent != null) {
            return handOverForConsent(typed, type, intentName, slots, speechSsml, directives, response);
        }
        JsonNode end = response.get("shouldEndSession");
        boolean open = (end != null && !end.isNull() && !end.asBoolean()) || dialogContinues;
        if (end == null || end.isNull()) {
            if (!dialogContinues) {
                problems.add("shouldEndSession not set: a voice-only device would close the session");
            }
        }
        if (open) {
            sessionOpen = true;
            repromptUsed = false;
            lastRepromptSsml = repromptSsml != null ? repromptSsml : speechSsml;
        } else {
            closeSession();
        }
        return new Turn(typed, type, intentName, slots, speechSsml, SpeechCheck.readable(speechSsml),
                repromptSsml, repromptSsml == null ? "" : SpeechCheck.readable(repromptSsml), open, directives, problems);
    }

    /** The skill handed the user to Alexa to ask for a permission: Alexa asks (or, on a device that can't, answers at once). */
    private Turn handOverForConsent(String typed, String type, String intentName, Map<String, String> slots, String speechSsml,
                                    List<String> directives, JsonNode response) {
        List<String> problems = new ArrayList<>();
        if (response.has("reprompt")) {
            problems.add("a Connections.SendRequest response must not carry a reprompt");
        }
        if (response.path("shouldEndSession").asBoolean(false)) {
            problems.add("a Connections.SendRequest response must not end the session");
        }
        if (speechSsml != null) {
            SpeechCheck.problems(speechSsml).forEach(p -> problems.add("speech: " + p));
        }
        if (!voicePermission) {
            Consent c = consent;
            consent = null;
            return sendConnectionsResponse(typed, c, "400", "voice permission is not supported on this device", null);
        }
        sessionOpen = true;
        repromptUsed = true;
        String skillWords = speechSsml == null ? "" : SpeechCheck.readable(speechSsml) + " ";
        return new Turn(typed, type, intentName, slots, speechSsml, skillWords + "[" + CONSENT_QUESTION + "]", null, "",
                true, directives, problems);
    }

    /**
     * Alexa's side of Dialog.Delegate: ask the next required slot with the model's prompt, or
     * send the completed intent back to the skill. Null when the skill's own speech stands.
     */
    private Turn delegate(String typed, String type, String intentName, Map<String, String> slots, ObjectNode updatedIntent) {
        String name = updatedIntent.path("name").asText();
        for (InteractionModel.DialogSlot slot : resolver.model().dialogSlots(name)) {
            boolean empty = !updatedIntent.path("slots").path(slot.name()).hasNonNull("value");
            if (slot.elicitationRequired() && empty) {
                List<String> prompt = resolver.model().prompt(slot.elicitationPromptId());
                String ssml = "<speak>" + com.bedtimelegs.speech.Ssml.escape(prompt.isEmpty() ? "" : prompt.get(0)) + "</speak>";
                elicitation = new Elicitation(name, slot.name(), updatedIntent);
                sessionOpen = true;
                repromptUsed = false;
                lastRepromptSsml = ssml;
                return new Turn(typed, type, intentName, slots, ssml, SpeechCheck.readable(ssml), ssml,
                        SpeechCheck.readable(ssml), true, List.of("Dialog.Delegate"), List.of());
            }
        }
        return sendIntent(typed, updatedIntent, "COMPLETED");
    }

    private byte[] invoke(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            entry.handleRequest(new ByteArrayInputStream(body), out, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private void newSession() {
        sessionOpen = true;
        repromptUsed = false;
        sessionId = "amzn1.echo-api.session." + UUID.randomUUID();
        attributes = Json.MAPPER.createObjectNode();
        elicitation = null;
        consent = null;
        lastRepromptSsml = null;
        freshSessionPending = true;
    }

    /** Drops whatever session (and pending permission question) is open, as if the user walked away. */
    void abandonSession() {
        closeSession();
    }

    private void closeSession() {
        sessionOpen = false;
        consent = null;
        elicitation = null;
        attributes = Json.MAPPER.createObjectNode();
    }

    /** This user, session and device, as Alexa would send them with any request. */
    private EnvelopeBuilder asThisDevice(EnvelopeBuilder envelope) {
        envelope.locale(locale)
                .timestamp(clock.instant().truncatedTo(ChronoUnit.SECONDS).toString())
                .session(sessionId, freshSessionPending).attributes(attributes).label(LOCAL_USER)
                .alexaApi(FakeAlexaApi.shared().endpoint(), alexa.token());
        if (screen) {
            envelope.screen();
        }
        if (alexa.remindersGranted()) {
            envelope.granted(REMINDERS_SCOPE, alexa.token());
        }
        freshSessionPending = false;
        return envelope;
    }

    private static ObjectNode slot(HeardSlot heard) {
        return EnvelopeBuilder.slot(LOCAL_SKILL_ID, heard.name(), heard.heard(), heard.customType() ? heard.type() : null,
                heard.match().map(InteractionModel.SlotValue::value).orElse(null),
                heard.match().map(InteractionModel.SlotValue::id).orElse(null));
    }
}
