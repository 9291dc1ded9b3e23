package com.bedtimelegs.simulator;

import com.bedtimelegs.content.Locales;
import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.bedtimelegs.persistence.DynamoDbStore;
import com.bedtimelegs.persistence.FileStore;
import com.bedtimelegs.simulator.UtteranceResolver.HeardSlot;
import com.bedtimelegs.simulator.UtteranceResolver.Resolution;
import com.bedtimelegs.skill.BadRequestException;
import com.bedtimelegs.skill.BedtimeLegsSkill;
import com.bedtimelegs.skill.GuardedSkill;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.skill.LambdaEntry;
import com.bedtimelegs.skill.ResponseInvariant;
import com.bedtimelegs.speech.SpeechCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
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
    /** The table the simulator uses on a --dynamodb endpoint, created there when missing. */
    public static final String LOCAL_TABLE = "BedtimeLegsMemory";

    private final LambdaEntry entry;
    private final UtteranceResolver resolver;
    private final String locale;
    private final String userId = "amzn1.ask.account.LOCAL-SIMULATOR";
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

    /** A device that cannot ask for permissions by voice: Alexa answers AskFor with an error status at once. */
    public Simulator withVoicePermission(boolean supported) {
        this.voicePermission = supported;
        return this;
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
            return send(envelope(request("LaunchRequest")), typed, "LaunchRequest", null, Map.of());
        }
        m = oneShot.matcher(said);
        Matcher suffix = oneShotSuffix.matcher(said);
        String words = said;
        if (m.matches()) {
            newSession();
            if (m.group(1) == null || m.group(1).isBlank()) {
                return send(envelope(request("LaunchRequest")), typed, "LaunchRequest", null, Map.of());
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
                slots.set(e.slot(), slotJson(answer.get()));
                return sendIntent(typed, intent, "IN_PROGRESS");
            }
        }
        Resolution resolution = resolver.resolve(words);
        ObjectNode intent = Json.MAPPER.createObjectNode();
        intent.put("name", resolution.intent());
        intent.put("confirmationStatus", "NONE");
        ObjectNode slots = intent.putObject("slots");
        resolution.slots().forEach((name, heard) -> slots.set(name, slotJson(heard)));
        String dialogState = resolver.model().dialogSlots(resolution.intent()).isEmpty() ? null : "STARTED";
        return sendIntent(typed, intent, dialogState);
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
        ObjectNode request = request("Connections.Response");
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
        return send(envelope(request), typed, "Connections.Response", null, summary);
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
        ObjectNode request = request("SessionEndedRequest");
        request.put("reason", reason);
        Turn turn = send(envelope(request), typed, "SessionEndedRequest", null, Map.of());
        closeSession();
        return new Turn(turn.said(), turn.requestType(), null, Map.of(), turn.speechSsml(), turn.speech(),
                null, "", false, turn.directives(), turn.problems());
    }

    private Turn sendIntent(String typed, ObjectNode intent, String dialogState) {
        ObjectNode request = request("IntentRequest");
        if (dialogState != null) {
            request.put("dialogState", dialogState);
        }
        request.set("intent", intent);
        Map<String, String> slotSummary = new LinkedHashMap<>();
        intent.path("slots").fields().forEachRemaining(e -> {
            JsonNode slot = e.getValue();
            if (slot.hasNonNull("value")) {
                JsonNode id = slot.at("/resolutions/resolutionsPerAuthority/0/values/0/value/id");
                slotSummary.put(e.getKey(), id.isMissingNode() ? "\"" + slot.path("value").asText() + "\"" : id.asText());
            }
        });
        return send(envelope(request), typed, "IntentRequest", intent.path("name").asText(), slotSummary);
    }

    private Turn send(ObjectNode envelope, String typed, String type, String intentName, Map<String, String> slots) {
        byte[] body;
        try {
            body = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(envelope);
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

    private ObjectNode request(String type) {
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        request.put("timestamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        request.put("locale", locale);
        return request;
    }

    private ObjectNode envelope(ObjectNode request) {
        ObjectNode envelope = Json.MAPPER.createObjectNode();
        envelope.put("version", "1.0");
        ObjectNode session = envelope.putObject("session");
        session.put("new", freshSessionPending);
        freshSessionPending = false;
        session.put("sessionId", sessionId);
        session.putObject("application").put("applicationId", LOCAL_SKILL_ID);
        session.set("attributes", attributes.deepCopy());
        session.putObject("user").put("userId", userId);
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", LOCAL_SKILL_ID);
        ObjectNode user = system.putObject("user");
        user.put("userId", userId);
        if (alexa.remindersGranted()) {
            ObjectNode permissions = user.putObject("permissions");
            permissions.put("consentToken", alexa.token());
            permissions.putObject("scopes").putObject(REMINDERS_SCOPE).put("status", "GRANTED");
        }
        ObjectNode device = system.putObject("device");
        device.put("deviceId", "amzn1.ask.device.LOCAL-SIMULATOR");
        ObjectNode interfaces = device.putObject("supportedInterfaces");
        if (screen) {
            interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "1.8");
        }
        system.put("apiEndpoint", FakeAlexaApi.shared().endpoint());
        system.put("apiAccessToken", alexa.token());
        envelope.set("request", request);
        return envelope;
    }

    private ObjectNode slotJson(HeardSlot heard) {
        ObjectNode slot = Json.MAPPER.createObjectNode();
        slot.put("name", heard.name());
        slot.put("confirmationStatus", "NONE");
        if (heard.heard() == null) {
            return slot;
        }
        slot.put("value", heard.heard());
        slot.put("source", "USER");
        if (heard.customType()) {
            ArrayNode authorities = slot.putObject("resolutions").putArray("resolutionsPerAuthority");
            ObjectNode authority = authorities.addObject();
            authority.put("authority", "amzn1.er-authority.echo-sdk." + LOCAL_SKILL_ID + "." + heard.type());
            if (heard.match().isPresent()) {
                authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
                ObjectNode value = authority.putArray("values").addObject().putObject("value");
                value.put("name", heard.match().get().value());
                value.put("id", heard.match().get().id());
            } else {
                authority.putObject("status").put("code", "ER_SUCCESS_NO_MATCH");
            }
        }
        return slot;
    }

    // ---------------------------------------------------------------- console

    public static void main(String[] args) throws IOException {
        String script = null;
        String raw = null;
        String replay = null;
        String record = null;
        boolean json = false;
        boolean verbose = false;
        boolean screen = false;
        boolean grant = false;
        boolean voicePermission = true;
        String timeZone = null;
        String locale = null;
        String evaluate = null;
        String memory = null;
        String dynamodb = null;
        String table = LOCAL_TABLE;
        for (Iterator<String> it = List.of(args).iterator(); it.hasNext(); ) {
            String arg = it.next();
            switch (arg) {
                case "--script" -> script = next(it, arg);
                case "--raw" -> raw = next(it, arg);
                case "--replay" -> replay = next(it, arg);
                case "--record" -> record = next(it, arg);
                case "--locale" -> locale = next(it, arg);
                case "--evaluate" -> evaluate = next(it, arg);
                case "--memory" -> memory = next(it, arg);
                case "--dynamodb" -> dynamodb = next(it, arg);
                case "--table" -> table = next(it, arg);
                case "--json" -> json = true;
                case "--verbose" -> verbose = true;
                case "--screen" -> screen = true;
                case "--grant-reminders" -> grant = true;
                case "--no-voice-permission" -> voicePermission = false;
                case "--timezone" -> timeZone = next(it, arg);
                case "--help", "-h" -> {
                    usage(System.out);
                    return;
                }
                default -> {
                    System.err.println("Unknown option: " + arg);
                    usage(System.err);
                    System.exit(2);
                }
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Transcript transcript = script == null ? null : Transcript.parse(Path.of(script));
        ReplayFile replayFile = replay == null ? null : Replay.readOrExit(Path.of(replay), System.err);
        if (locale == null && evaluate != null) {
            locale = NluEvaluation.localeOf(Path.of(evaluate));
        }
        if (locale == null) {
            locale = transcript != null ? transcript.locale() : replayFile != null ? replayFile.locale() : "en-US";
        }
        if (!Locales.ALL.contains(locale)) {
            System.err.println("Unknown locale " + locale + "; use one of " + Locales.ALL);
            System.exit(2);
        }
        if (evaluate != null) {
            NluEvaluation.Report report = NluEvaluation.run(InteractionModel.forLocale(locale), locale,
                    NluEvaluation.load(Path.of(evaluate)));
            report.print(out);
            System.exit(report.passes() ? 0 : 1);
        }
        Consumer<String> skillLog = verbose ? line -> out.println("  log: " + line) : line -> { };
        PersistenceAdapter store;
        if (dynamodb != null) {
            DynamoDbStore dynamo = DynamoDbStore.forEndpoint(java.net.URI.create(dynamodb), table);
            try {
                LocalTable.ensure(dynamo.client(), table);
            } catch (RuntimeException e) {
                System.err.println("DynamoDB endpoint " + dynamodb + " is not answering (" + e.getClass().getSimpleName()
                        + "); the skill will treat you as a new user.");
            }
            store = dynamo;
        } else {
            store = new FileStore(memory != null ? Path.of(memory) : FileStore.defaultFile());
        }
        Simulator simulator = new Simulator(InteractionModel.forLocale(locale), locale, skillLog, store).withScreen(screen)
                .withVoicePermission(voicePermission);
        simulator.alexa().grantReminders(grant);
        if (timeZone != null) {
            simulator.alexa().timeZone(timeZone.equals("none") ? null : timeZone);
        }
        if (json) {
            simulator.onWire(new ConsoleJson(out));
        }
        if (raw != null) {
            out.println(simulator.sendRaw(Files.readAllBytes(Path.of(raw))));
            return;
        }
        if (replayFile != null) {
            int status = Replay.runAndReport(Path.of(replay), replayFile, simulator, out);
            if (status != 0) {
                System.exit(status);
            }
            return;
        }
        if (transcript != null) {
            List<String> failures = transcript.run(simulator, out);
            if (!failures.isEmpty()) {
                out.println();
                out.println(failures.size() + " expectation(s) failed:");
                failures.forEach(f -> out.println("  - " + f));
                System.exit(1);
            }
            out.println();
            out.println("transcript passed: " + transcript.turnCount() + " turns, " + transcript.expectationCount() + " expectations");
            return;
        }
        out.println("Bedtime Legs offline simulator (" + locale + "). Type what you'd say to Alexa.");
        out.println("Try: open bedtime legs | ask bedtime legs to help with a cramp in my calf");
        out.println("An empty line is silence; 'exit' ends the session; .record FILE saves a replay file; .quit or Ctrl-D quits.");
        Recorder recorder = new Recorder(record == null ? null : Path.of(record), LOCAL_SKILL_ID, locale);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || Recorder.quits(line)) {
                break;
            }
            if (System.console() == null) {
                out.println(line); // piped input: echo it so the output reads as a conversation
            }
            if (recorder.command(line, out) || (line.isBlank() && !simulator.sessionOpen())) {
                continue;
            }
            recorder.heard(line);
            print(simulator.say(line), out);
        }
        if (simulator.sessionOpen()) {
            simulator.endSession("", "USER_INITIATED");
        }
        out.println();
        recorder.finish(out);
    }

    /** Prints a turn the way a person would read it. */
    public static void print(Turn turn, PrintStream out) {
        if (turn.requestType().equals("Command")) {
            out.println("  (simulator: " + turn.speech() + ")");
            return;
        }
        if (turn.requestType().equals("Reprompt")) {
            out.println("  (silence: Alexa reprompts)");
        } else {
            out.println("  [" + turn.label() + "]");
        }
        if (turn.speech() != null && !turn.speech().isEmpty()) {
            out.println("Alexa: " + turn.speech());
        }
        if (turn.reprompt() != null && !turn.reprompt().isEmpty()) {
            out.println("  reprompt: " + turn.reprompt());
        }
        turn.directives().stream().filter(d -> d.startsWith("Alexa.Presentation."))
                .forEach(d -> out.println("  [screen: " + d + "]"));
        out.println(turn.sessionOpen() ? "  (listening)" : "  (session ended)");
        turn.problems().forEach(p -> out.println("  WARNING: " + p));
    }

    private static String next(Iterator<String> it, String option) {
        if (!it.hasNext()) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return it.next();
    }

    private static void usage(PrintStream out) {
        out.println(String.join(System.lineSeparator(),
                "usage: simulator [--script FILE | --replay FILE | --raw FILE | --evaluate PATH] [--record FILE] [--json] [--verbose] [--screen]",
                "                 [--locale en-US|en-GB|en-CA|en-AU|en-IN] [--grant-reminders] [--no-voice-permission]",
                "                 [--timezone ZONE|none] [--memory FILE | --dynamodb URL [--table NAME]]",
                "  (no options)    interactive: type what you'd say at the > prompt",
                "  --script FILE   run a transcript (> said, < speech contains, = intent, ...) and check it",
                "  --replay FILE   run an ASK CLI dialog replay file (skillId, locale, type text, userInput),",
                "                  as 'ask dialog --replay FILE' would against Alexa; exit 1 on problems, 2 on a bad file",
                "  --record FILE   interactive: when you quit, write what you typed as such a replay file",
                "                  (or type .record FILE [--append-quit] at the prompt, as in ask dialog)",
                "  --evaluate PATH run an NLU evaluation set (a .tsv file or a folder of them) and print accuracy",
                "                  per intent, a confusion table and each miss with its closest sample; exit 1",
                "                  below the gates (locale from --locale, or the folder's name, e.g. nlu/en-GB)",
                "  --raw FILE      send one raw request envelope JSON file through the Lambda entry point",
                "  --locale L      the request locale and its interaction model (default en-US, or a",
                "                  transcript's '# locale:' header, or a replay file's locale)",
                "  --json          also print each request and response as the developer console's Test tab",
                "                  shows them: JSON Input (the envelope) and JSON Output ({\"body\": response})",
                "  --verbose       also print the skill's own (privacy-safe) log lines",
                "  --screen        be a device with a screen (Echo Show): requests list Alexa.Presentation.APL",
                "  --grant-reminders      the user has already granted the reminders permission",
                "  --no-voice-permission  a device that can't ask for permissions by voice (the skill sends a card)",
                "  --timezone ZONE        the device time zone the Settings API reports (default America/New_York;",
                "                         none: the API answers 404)",
                "  At the > prompt: /grant /deny /timezone ZONE /fail 503 /slow 5000 /no-voice-permission /reminders",
                "  change Alexa's side (permission, zone, the next Reminders API answer) or list the reminders it holds.",
                "  --memory FILE   remember the user in this JSON file (default ~/.bedtime-legs/users.json)",
                "  --dynamodb URL  remember the user in a DynamoDB-compatible server instead, e.g.",
                "                  http://127.0.0.1:4567 (dynalite); the table (--table, default " + LOCAL_TABLE + ")",
                "                  is created there when missing"));
    }
}
