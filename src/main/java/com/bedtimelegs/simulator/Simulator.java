package com.bedtimelegs.simulator;

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
import java.time.Instant;
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

    /** A simulator whose memory is a fresh file store in a temporary folder (removed on exit). */
    public Simulator(InteractionModel model, String locale, Consumer<String> skillLog) {
        this(model, locale, skillLog, temporaryStore());
    }

    /** A simulator remembering users in {@code store} (a FileStore, a DynamoDbStore, or null for no memory). */
    public Simulator(InteractionModel model, String locale, Consumer<String> skillLog, PersistenceAdapter store) {
        this.entry = new LambdaEntry(new GuardedSkill(BedtimeLegsSkill.create(LOCAL_SKILL_ID, skillLog, store), LOCAL_SKILL_ID));
        this.resolver = new UtteranceResolver(model);
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

    /** One user turn. Empty text means the user stayed silent. */
    public Turn say(String typed) {
        String said = UtteranceResolver.normalize(typed == null ? "" : typed);
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
        try {
            byte[] out = invoke(body);
            wireLog.accept("response: " + new String(out, StandardCharsets.UTF_8));
            reply = out.length == 0 ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(out);
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
        List<String> problems = new ArrayList<>();
        boolean dialogContinues = false;
        for (JsonNode directive : response.path("directives")) {
            String directiveType = directive.path("type").asText();
            directives.add(directiveType);
            if (directiveType.equals("Dialog.ElicitSlot")) {
                elicitation = new Elicitation(directive.path("updatedIntent").path("name").asText(),
                        directive.path("slotToElicit").asText(), (ObjectNode) directive.path("updatedIntent"));
                dialogContinues = true;
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
        JsonNode end = response.get("shouldEndSession");
        boolean open = (end != null && !end.isNull() && !end.asBoolean()) || dialogContinues;
        if (speechSsml != null) {
            SpeechCheck.problems(speechSsml).forEach(p -> problems.add("speech: " + p));
        } else {
            problems.add("no speech in response");
        }
        if (repromptSsml != null) {
            SpeechCheck.problems(repromptSsml).forEach(p -> problems.add("reprompt: " + p));
        }
        if (open && repromptSsml == null && !dialogContinues) {
            problems.add("session stays open without a reprompt");
        }
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
        lastRepromptSsml = null;
        freshSessionPending = true;
    }

    private void closeSession() {
        sessionOpen = false;
        elicitation = null;
        attributes = Json.MAPPER.createObjectNode();
    }

    private ObjectNode request(String type) {
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        request.put("timestamp", Instant.now().toString().replaceAll("\\.\\d+Z$", "Z"));
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
        system.putObject("user").put("userId", userId);
        ObjectNode device = system.putObject("device");
        device.put("deviceId", "amzn1.ask.device.LOCAL-SIMULATOR");
        ObjectNode interfaces = device.putObject("supportedInterfaces");
        if (screen) {
            interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "1.8");
        }
        system.put("apiEndpoint", "https://api.amazonalexa.com");
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
        boolean json = false;
        boolean verbose = false;
        boolean screen = false;
        String locale = null;
        String memory = null;
        String dynamodb = null;
        String table = LOCAL_TABLE;
        for (Iterator<String> it = List.of(args).iterator(); it.hasNext(); ) {
            String arg = it.next();
            switch (arg) {
                case "--script" -> script = next(it, arg);
                case "--raw" -> raw = next(it, arg);
                case "--locale" -> locale = next(it, arg);
                case "--memory" -> memory = next(it, arg);
                case "--dynamodb" -> dynamodb = next(it, arg);
                case "--table" -> table = next(it, arg);
                case "--json" -> json = true;
                case "--verbose" -> verbose = true;
                case "--screen" -> screen = true;
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
        if (locale == null) {
            locale = transcript != null ? transcript.locale() : "en-US";
        }
        if (!InteractionModel.LOCALES.contains(locale)) {
            System.err.println("Unknown locale " + locale + "; use one of " + InteractionModel.LOCALES);
            System.exit(2);
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
        Simulator simulator = new Simulator(InteractionModel.forLocale(locale), locale, skillLog, store).withScreen(screen);
        if (json) {
            simulator.onWire(line -> out.println(line.indent(2).stripTrailing()));
        }
        if (raw != null) {
            out.println(simulator.sendRaw(Files.readAllBytes(Path.of(raw))));
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
        out.println("An empty line is silence; 'exit' ends the session; Ctrl-D quits.");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                break;
            }
            if (System.console() == null) {
                out.println(line); // piped input: echo it so the output reads as a conversation
            }
            if (line.isBlank() && !simulator.sessionOpen()) {
                continue;
            }
            print(simulator.say(line), out);
        }
        if (simulator.sessionOpen()) {
            simulator.endSession("", "USER_INITIATED");
        }
        out.println();
    }

    /** Prints a turn the way a person would read it. */
    public static void print(Turn turn, PrintStream out) {
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
                "usage: simulator [--script FILE] [--raw FILE] [--json] [--verbose] [--screen] [--locale en-US|en-GB|en-CA|en-AU|en-IN]",
                "                 [--memory FILE | --dynamodb URL [--table NAME]]",
                "  (no options)    interactive: type what you'd say at the > prompt",
                "  --script FILE   run a transcript (> said, < speech contains, = intent, ...) and check it",
                "  --raw FILE      send one raw request envelope JSON file through the Lambda entry point",
                "  --locale L      the request locale and its interaction model (default en-US, or a",
                "                  transcript's '# locale:' header)",
                "  --json          also print each request and response envelope",
                "  --verbose       also print the skill's own (privacy-safe) log lines",
                "  --screen        be a device with a screen (Echo Show): requests list Alexa.Presentation.APL",
                "  --memory FILE   remember the user in this JSON file (default ~/.bedtime-legs/users.json)",
                "  --dynamodb URL  remember the user in a DynamoDB-compatible server instead, e.g.",
                "                  http://127.0.0.1:4567 (dynalite); the table (--table, default " + LOCAL_TABLE + ")",
                "                  is created there when missing"));
    }
}
