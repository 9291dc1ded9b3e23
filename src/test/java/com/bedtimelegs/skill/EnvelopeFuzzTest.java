package com.bedtimelegs.skill;

import com.bedtimelegs.handlers.HandledIntents;
import com.bedtimelegs.content.Locales;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.state.SessionStateGuard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.InteractionModel;
import com.bedtimelegs.simulator.InteractionModel.IntentDef;
import com.bedtimelegs.simulator.InteractionModel.SlotDef;
import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.SpeechCheck;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated request envelopes through the Lambda entry: every request type Alexa may send (and
 * some it never should); every intent in the model and in the handler list, unknown ones and ones
 * with no name; slots that are missing, empty, huge, odd Unicode or unmatched, with null and odd
 * entries in their resolutions; session attributes that are stale, tampered, wrongly typed, junk or
 * oversized beside a valid version, with stored speech the skill would never write; envelopes with
 * no session, no context, no System or no application; wrongly typed fields; truncated bodies; and
 * multi-turn flows that carry the attributes the skill returned from turn to turn.
 *
 * <p>Every call must end in one of two ways: an answer (which {@link GuardedSkill} checks against
 * {@link ResponseInvariant}, as on every response in the test suite) or a refusal with a one-line
 * reason. An exception that reaches the apology handler fails the test: an apology must never hide
 * a bug. The counts are printed at the end.
 *
 * <p>The seed is fixed so CI is repeatable; to hunt for new failures locally, change {@link #SEED}
 * or raise the tries.
 */
class EnvelopeFuzzTest {
    static final String SEED = "20261125";
    private static final String SKILL_ID = "amzn1.ask.skill.99999999-0000-0000-0000-000000000000";
    private static final InteractionModel MODEL = InteractionModel.forLocale("en-US");
    /** Exceptions the apology handler turned into "sorry, something went wrong": must stay empty. */
    private static final ConcurrentLinkedQueue<Throwable> APOLOGISED = new ConcurrentLinkedQueue<>();
    private static final LambdaEntry ENTRY = new LambdaEntry(new GuardedSkill(
            BedtimeLegsSkill.create(SKILL_ID, line -> { }, null, APOLOGISED::add), SKILL_ID));
    private static final AtomicInteger ANSWERED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger OTHER = new AtomicInteger();
    private static final AtomicInteger FLOW_TURNS = new AtomicInteger();
    private static final long CPU_AT_START = cpuNanos();

    private sealed interface Outcome permits Answered, Refused {
    }

    private record Answered(JsonNode reply) implements Outcome {
    }

    private record Refused(String reason) implements Outcome {
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 2000, seed = SEED)
    void everyWellShapedEnvelopeGetsAValidAnswerAndAUsableSession(@ForAll("envelopes") Map<String, Object> envelope) {
        Map<String, Object> request = request(envelope);
        Statistics.label("request type").collect(request.get("type"));
        JsonNode reply = answer(envelope);
        assertAnswerFits(envelope, reply);
        if (request.get("intent") instanceof Map<?, ?> intent && "IntentRequest".equals(request.get("type"))
                && (!(intent.get("name") instanceof String name) || name.isEmpty())) {
            // An intent with no name is one we don't know: the fallback answers it.
            String heard = SpeechCheck.readable(reply.at("/response/outputSpeech/ssml").asText());
            assertTrue(heard.contains(Speech.of((String) request.get("locale")).text("fallback.notCaught")), heard);
        }
        if (isOpen(reply) && envelope.containsKey("session")) {
            // The attributes we handed back must carry the next turn: a follow-up "help" still works.
            Map<String, Object> followUp = nextTurn(envelope, reply, intent("AMAZON.HelpIntent", Map.of()), "en-US");
            assertAnswerFits(followUp, answer(followUp));
        }
    }

    @Property(tries = 800, seed = SEED)
    void wronglyTypedFieldsAreAnsweredOrRefusedClearly(@ForAll("envelopes") Map<String, Object> envelope,
                                                       @ForAll("corruptions") Corruption corruption) {
        Statistics.label("corruption").collect(corruption.name());
        corruption.apply(envelope);
        Outcome outcome = send(bytes(envelope));
        if (corruption.alexaNeverSendsIt) {
            assertTrue(outcome instanceof Refused, corruption + " must be refused: " + outcome);
        }
        if (outcome instanceof Answered answered) {
            assertEquals("1.0", answered.reply().path("version").asText(), answered.reply().toString());
        }
    }

    @Property(tries = 300, seed = SEED)
    void truncatedEnvelopesAreRefusedWithAOneLineReason(@ForAll("envelopes") Map<String, Object> envelope,
                                                        @ForAll("fractions") double keep) {
        byte[] whole = bytes(envelope);
        Outcome outcome = send(Arrays.copyOf(whole, (int) (whole.length * keep)));
        Statistics.label("outcome").collect(outcome.getClass().getSimpleName());
        assertTrue(outcome instanceof Refused, "a cut-off body is not a request: " + outcome);
    }

    /**
     * Conversations: several turns, each carrying the session attributes the skill returned, with
     * intents and slot values from the model; now and then the carried state is tampered with
     * between turns. Every turn is answered, and what the skill returns is always state it would
     * accept again in full.
     */
    @Property(tries = 250, seed = SEED)
    void multiTurnFlowsCarryTheirStateFromTurnToTurn(@ForAll("flows") Flow flow) {
        Statistics.label("turns").collect(flow.turns().size());
        Map<String, Object> envelope = flow.first();
        for (int i = 0; ; i++) {
            FLOW_TURNS.incrementAndGet();
            JsonNode reply = answer(envelope);
            assertAnswerFits(envelope, reply);
            if (reply.path("sessionAttributes").isObject()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> returned = Json.MAPPER.convertValue(reply.path("sessionAttributes"), Map.class);
                assertEquals(Set.of(), SessionStateGuard.untrusted(returned),
                        "the skill returned state it would not accept back: " + reply);
            }
            if (i == flow.turns().size()) {
                return;
            }
            Map<String, Object> intent = flow.turns().get(i);
            envelope = isOpen(reply) ? nextTurn(envelope, reply, intent, flow.locale())
                    : newSession(intent, flow.locale());
            if (flow.tamperAt() == i) {
                flow.tamper().apply(envelope);
            }
        }
    }

    @AfterContainer
    static void report() {
        double cpuSeconds = (cpuNanos() - CPU_AT_START) / 1e9;
        System.out.printf("envelope fuzz (seed %s): %d answered, %d refused with a one-line reason, %d other"
                        + " (%d of the answers in multi-turn flows); %.1f s of CPU%n",
                SEED, ANSWERED.get(), REFUSED.get(), OTHER.get(), FLOW_TURNS.get(), cpuSeconds);
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    // ------------------------------------------------------------------ sending and checking

    /** Sends one body; an answer or a clean refusal, anything else fails (and counts as "other"). */
    private static Outcome send(byte[] body) {
        APOLOGISED.clear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ENTRY.handleRequest(new ByteArrayInputStream(body), out, null);
        } catch (BadRequestException e) {
            if (e.getMessage().contains("\n")
                    || !(e.getMessage().startsWith("Malformed request") || e.getMessage().startsWith("Rejected request"))) {
                OTHER.incrementAndGet();
                throw new AssertionError("refusal must be one clear line: " + e.getMessage());
            }
            REFUSED.incrementAndGet();
            return new Refused(e.getMessage());
        } catch (IOException | RuntimeException | AssertionError e) {
            OTHER.incrementAndGet();
            throw new AssertionError("neither an answer nor a clean refusal for " + new String(body), e);
        }
        Throwable hidden = APOLOGISED.peek();
        if (hidden != null) {
            OTHER.incrementAndGet();
            throw new AssertionError("an exception reached the apology handler for " + new String(body), hidden);
        }
        ANSWERED.incrementAndGet();
        try {
            return new Answered(Json.MAPPER.readTree(out.toByteArray()));
        } catch (IOException e) {
            throw new AssertionError("reply is not JSON: " + out, e);
        }
    }

    private static JsonNode answer(Map<String, Object> envelope) {
        Outcome outcome = send(bytes(envelope));
        if (outcome instanceof Refused refused) {
            throw new AssertionError("a well-shaped envelope was refused (" + refused.reason() + "): " + envelope);
        }
        return ((Answered) outcome).reply();
    }

    /** What the invariant can't know: a request with a session gets its state back, stamped. */
    private static void assertAnswerFits(Map<String, Object> envelope, JsonNode reply) {
        assertTrue(reply.path("response").isObject(), reply.toString());
        if (isOpen(reply) && envelope.containsKey("session")) {
            assertEquals(SessionStateGuard.CURRENT_VERSION, reply.path("sessionAttributes").path("v").asInt(-1),
                    "state must be stamped with its version: " + reply);
        }
    }

    private static boolean isOpen(JsonNode reply) {
        JsonNode end = reply.path("response").path("shouldEndSession");
        return end.isBoolean() && !end.asBoolean();
    }

    private static byte[] bytes(Map<String, Object> envelope) {
        try {
            return Json.MAPPER.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> request(Map<String, Object> envelope) {
        return (Map<String, Object>) envelope.get("request");
    }

    /** The next turn of the same session: the attributes the skill returned, and a new intent. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> nextTurn(Map<String, Object> envelope, JsonNode reply,
                                                Map<String, Object> intent, String locale) {
        Map<String, Object> copy = Json.MAPPER.convertValue(envelope, Map.class);
        Map<String, Object> session = (Map<String, Object>) copy.computeIfAbsent("session", k -> session(false, Map.of()));
        session.put("new", false);
        session.put("attributes", Json.MAPPER.convertValue(reply.path("sessionAttributes"), Map.class));
        copy.put("context", context());
        Map<String, Object> request = base("IntentRequest", locale);
        request.put("intent", intent);
        copy.put("request", request);
        return copy;
    }

    private static Map<String, Object> newSession(Map<String, Object> intent, String locale) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("version", "1.0");
        envelope.put("session", session(true, Map.of()));
        envelope.put("context", context());
        Map<String, Object> request = base(intent == null ? "LaunchRequest" : "IntentRequest", locale);
        if (intent != null) {
            request.put("intent", intent);
        }
        envelope.put("request", request);
        return envelope;
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.integers().between(0, 999).map(permille -> permille / 1000.0);
    }

    @Provide
    Arbitrary<Map<String, Object>> envelopes() {
        Arbitrary<String> types = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just("IntentRequest")),
                Tuple.of(2, Arbitraries.just("LaunchRequest")),
                Tuple.of(2, Arbitraries.just("SessionEndedRequest")),
                Tuple.of(1, Arbitraries.of("CanFulfillIntentRequest", "Alexa.Presentation.APL.UserEvent",
                        "System.ExceptionEncountered", "AudioPlayer.PlaybackStarted", "Connections.Response",
                        "Messaging.MessageReceived")));
        Arbitrary<String> locales = Arbitraries.of("en-US", "en-US", "en-GB", "en-AU", "en-IN", "en-CA", "de-DE", "xx-YY");
        return Combinators.combine(types, locales, intents(), attributes(), Arbitraries.integers().between(0, 9))
                .as((type, locale, intent, attributes, shape) -> {
                    Map<String, Object> envelope = new LinkedHashMap<>();
                    envelope.put("version", "1.0");
                    // Roughly one in ten has no session, as Alexa sends for some out-of-session events.
                    if (shape != 0) {
                        envelope.put("session", session(shape == 1, attributes));
                    }
                    envelope.put("context", context());
                    Map<String, Object> request = base(type, locale);
                    switch (type) {
                        case "IntentRequest", "CanFulfillIntentRequest" -> {
                            request.put("intent", intent);
                            if (shape % 3 == 0) {
                                request.put("dialogState", List.of("STARTED", "IN_PROGRESS", "COMPLETED").get(shape % 3));
                            }
                        }
                        case "SessionEndedRequest" -> request.put("reason",
                                List.of("USER_INITIATED", "ERROR", "EXCEEDED_MAX_REPROMPTS").get(shape % 3));
                        case "System.ExceptionEncountered" -> request.put("error",
                                Map.of("type", "INVALID_RESPONSE", "message", "An exception occurred"));
                        default -> { }
                    }
                    envelope.put("request", request);
                    return envelope;
                });
    }

    /** A conversation: how it opens, then intents from the model with well-resolved slots. */
    record Flow(String locale, Map<String, Object> opening, List<Map<String, Object>> turns, int tamperAt,
                Tamper tamper) {
        Map<String, Object> first() {
            return newSession(opening, locale);
        }
    }

    @Provide
    Arbitrary<Flow> flows() {
        Arbitrary<Map<String, Object>> opening = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((Map<String, Object>) null)), // "open bedtime legs"
                Tuple.of(3, spokenIntents()));
        return Combinators.combine(Arbitraries.of(Locales.ALL), opening, spokenIntents().list().ofMinSize(2).ofMaxSize(8),
                        Arbitraries.integers().between(-1, 8), Arbitraries.of(Tamper.class))
                .as(Flow::new);
    }

    /** What people say: an intent of the model with slots filled as Alexa resolves them. */
    private Arbitrary<Map<String, Object>> spokenIntents() {
        return Arbitraries.of(new ArrayList<>(MODEL.intents().values())).flatMap(def -> {
            List<Arbitrary<Map<String, Object>>> slots = new ArrayList<>();
            for (SlotDef slot : def.slots()) {
                List<SlotValue> values = MODEL.typeValues(slot.type());
                if (!values.isEmpty()) {
                    slots.add(Arbitraries.of(values).map(v -> resolvedSlot(slot.name(), v)).injectNull(0.3));
                }
            }
            if (slots.isEmpty()) {
                return Arbitraries.just(intent(def.name(), Map.of()));
            }
            return Combinators.combine(slots).as(filled -> {
                Map<String, Object> byName = new LinkedHashMap<>();
                filled.stream().filter(s -> s != null).forEach(s -> byName.put((String) s.get("name"), s));
                return intent(def.name(), byName);
            });
        });
    }

    private static Map<String, Object> resolvedSlot(String name, SlotValue value) {
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("name", name);
        slot.put("value", value.value());
        slot.put("confirmationStatus", "NONE");
        slot.put("source", "USER");
        slot.put("resolutions", Map.of("resolutionsPerAuthority", List.of(Map.of(
                "authority", "amzn1.er-authority.echo-sdk." + SKILL_ID + "." + name,
                "status", Map.of("code", "ER_SUCCESS_MATCH"),
                "values", List.of(Map.of("value", Map.of("name", value.value(), "id", value.id())))))));
        return slot;
    }

    /** Ways the state carried between two turns of a flow might be tampered with. */
    enum Tamper {
        JUNK_KEY_BESIDE_VALID_VERSION {
            @Override
            void attributes(Map<String, Object> attributes) {
                attributes.put("junk", "x".repeat(30_000));
            }
        },
        OVERSIZED_OWN_STATE {
            @Override
            void attributes(Map<String, Object> attributes) {
                for (Activity activity : Activity.values()) {
                    attributes.put(activity.name(), Map.of("heard", java.util.Collections.nCopies(3_000, "HYDRATION")));
                }
            }
        },
        LONG_REPROMPT {
            @Override
            void attributes(Map<String, Object> attributes) {
                attributes.put("lastReprompt", "<speak>" + "Say next. ".repeat(790) + "</speak>");
            }
        },
        BREAKS_READ_AS_ZERO {
            @Override
            void attributes(Map<String, Object> attributes) {
                attributes.put("lastSpeech", "<speak>Hold. <break time=\"11S\"/> Release.</speak>");
                attributes.put("lastReprompt", "<speak><break time=\"1e2s\"/> Say next.</speak>");
            }
        };

        abstract void attributes(Map<String, Object> attributes);

        @SuppressWarnings("unchecked")
        void apply(Map<String, Object> envelope) {
            if (envelope.get("session") instanceof Map<?, ?> session && session.get("attributes") instanceof Map<?, ?> a) {
                Map<String, Object> attributes = new HashMap<>((Map<String, Object>) a);
                attributes(attributes);
                ((Map<String, Object>) session).put("attributes", attributes);
            }
        }
    }

    private static Map<String, Object> session(boolean isNew, Map<String, Object> attributes) {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("new", isNew);
        session.put("sessionId", "amzn1.echo-api.session.fuzz");
        session.put("application", Map.of("applicationId", SKILL_ID));
        session.put("attributes", new LinkedHashMap<>(attributes));
        session.put("user", Map.of("userId", "amzn1.ask.account.FUZZ"));
        return session;
    }

    private static Map<String, Object> context() {
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("application", new LinkedHashMap<>(Map.of("applicationId", SKILL_ID)));
        system.put("user", Map.of("userId", "amzn1.ask.account.FUZZ"));
        system.put("device", Map.of("deviceId", "amzn1.ask.device.FUZZ", "supportedInterfaces", Map.of()));
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("System", system);
        return context;
    }

    private static Map<String, Object> base(String type, String locale) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request.fuzz");
        request.put("timestamp", "2026-11-25T22:30:00Z");
        request.put("locale", locale);
        return request;
    }

    private static Map<String, Object> intent(String name, Map<String, Object> slots) {
        Map<String, Object> intent = new LinkedHashMap<>();
        intent.put("name", name);
        intent.put("confirmationStatus", "NONE");
        intent.put("slots", slots);
        return intent;
    }

    /** Every intent name the skill could meet: the model's, the handlers', unknown ones. */
    private static List<String> intentNames() {
        Set<String> names = new TreeSet<>(MODEL.intents().keySet());
        names.addAll(HandledIntents.all());
        List<String> all = new ArrayList<>(names);
        all.add("SomethingNobodyDeclaredIntent");
        all.add("AMAZON.ScrollDownIntent");
        return all;
    }

    /**
     * An intent from the model or the handlers (or an unknown one, or one with no name) with any
     * of its slots filled in any way.
     */
    private Arbitrary<Map<String, Object>> intents() {
        Arbitrary<Map<String, Object>> named = Arbitraries.of(intentNames()).flatMap(name -> {
            List<SlotDef> declared = MODEL.intent(name).map(IntentDef::slots).orElse(List.of());
            List<String> slotNames = new ArrayList<>(declared.stream().map(SlotDef::name).toList());
            slotNames.add("undeclaredSlot");
            Arbitrary<Map<String, Object>> slot = Arbitraries.of(slotNames).flatMap(slotName -> {
                String type = declared.stream().filter(s -> s.name().equals(slotName)).map(SlotDef::type)
                        .findFirst().orElse("AMAZON.SearchQuery");
                return slot(slotName, MODEL.typeValues(type));
            });
            return Combinators.combine(slot.list().ofMaxSize(declared.size() + 1), Arbitraries.integers().between(0, 19))
                    .as((slots, odd) -> {
                        Map<String, Object> byName = new LinkedHashMap<>();
                        slots.forEach(s -> byName.put((String) s.get("name"), s));
                        if (odd == 0 && !slotNames.isEmpty()) {
                            byName.put(slotNames.get(0), null); // a slot named but null
                        }
                        return intent(name, byName);
                    });
        });
        Arbitrary<Map<String, Object>> unnamed = Combinators.combine(named, Arbitraries.integers().between(0, 2))
                .as((intent, how) -> {
                    Map<String, Object> copy = new LinkedHashMap<>(intent);
                    switch (how) {
                        case 0 -> copy.remove("name");
                        case 1 -> copy.put("name", null);
                        default -> copy.put("name", "");
                    }
                    return copy;
                });
        return Arbitraries.frequencyOf(Tuple.of(9, named), Tuple.of(1, unnamed));
    }

    private static Arbitrary<Map<String, Object>> slot(String name, List<SlotValue> values) {
        List<String> ids = new ArrayList<>(values.stream().map(SlotValue::id).toList());
        ids.add("NOT_A_REAL_ID");
        ids.add("");
        Arbitrary<String> heard = Arbitraries.oneOf(
                Arbitraries.of(values.stream().map(SlotValue::value).toList().isEmpty()
                        ? List.of("something") : values.stream().map(SlotValue::value).toList()),
                oddText());
        Arbitrary<Integer> resolution = Arbitraries.integers().between(0, 6);
        return Combinators.combine(heard, Arbitraries.of(ids), resolution, oddAuthorities())
                .as((value, id, how, odd) -> {
                    Map<String, Object> slot = new LinkedHashMap<>();
                    slot.put("name", name);
                    slot.put("confirmationStatus", "NONE");
                    if (how == 4) {
                        return slot; // asked for but not said: no value at all
                    }
                    slot.put("value", value);
                    slot.put("source", "USER");
                    String status = switch (how) {
                        case 0, 1, 5, 6 -> "ER_SUCCESS_MATCH";
                        case 2 -> "ER_SUCCESS_NO_MATCH";
                        default -> null; // a built-in slot type: no resolutions
                    };
                    if (status != null) {
                        Map<String, Object> authority = new LinkedHashMap<>();
                        authority.put("authority", "amzn1.er-authority.echo-sdk." + SKILL_ID + ".TYPE");
                        authority.put("status", Map.of("code", status));
                        if (status.equals("ER_SUCCESS_MATCH")) {
                            authority.put("values", List.of(Map.of("value", Map.of("name", value, "id", id))));
                        }
                        List<Object> authorities = new ArrayList<>();
                        if (how >= 5) {
                            authorities.add(odd); // a null or odd entry before the real one
                        }
                        authorities.add(authority);
                        if (how == 6) {
                            authorities.add(odd); // and after it
                        }
                        Map<String, Object> resolutions = new HashMap<>();
                        resolutions.put("resolutionsPerAuthority", authorities);
                        slot.put("resolutions", resolutions);
                    }
                    return slot;
                });
    }

    /** Entries Alexa never puts in resolutionsPerAuthority, but a sender might. */
    private static Arbitrary<Object> oddAuthorities() {
        List<Object> odd = new ArrayList<>();
        odd.add(null);
        odd.add(Map.of());
        odd.add(Map.of("status", Map.of()));
        odd.add(Map.of("status", Map.of("code", "ER_SUCCESS_MATCH")));
        odd.add(Map.of("status", Map.of("code", "ER_SUCCESS_MATCH"), "values", List.of()));
        List<Object> nullValue = new ArrayList<>();
        nullValue.add(null);
        odd.add(Map.of("status", Map.of("code", "ER_SUCCESS_MATCH"), "values", nullValue));
        odd.add(Map.of("status", Map.of("code", "ER_SUCCESS_MATCH"), "values", List.of(Map.of())));
        odd.add(Map.of("status", Map.of("code", "ER_SUCCESS_MATCH"), "values", List.of(Map.of("value", Map.of()))));
        odd.add(Map.of("status", Map.of("code", "ER_SUCCESS_MATCH"),
                "values", List.of(Map.of("value", Map.of("name", "x", "id", "")))));
        return Arbitraries.of(odd);
    }

    private static Arbitrary<String> oddText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(20),
                Arbitraries.of("", " ", "<speak>", "&amp; <b>\"bold\"</b>", "]]>", "\u202e\u0301\ud83d\ude00",
                        "x".repeat(10_000), "null", "undefined", "{\"activity\":\"STRETCH\"}"));
    }

    /** Session attributes: none, our own shapes with wrong values, older versions, junk, oversized. */
    private Arbitrary<Map<String, Object>> attributes() {
        List<String> keys = new ArrayList<>(List.of(Conversation.ACTIVITY, Conversation.OFFER, Conversation.LAST_SPEECH,
                Conversation.LAST_REPROMPT, SessionStateGuard.VERSION));
        for (Activity activity : Activity.values()) {
            keys.add(activity.name());
        }
        keys.add("sessionBeforeTurn");
        keys.add("somethingFromTheFuture");
        Arbitrary<Map<String, Object>> entries = Arbitraries.maps(Arbitraries.of(keys), anyValue(2)).ofMaxSize(6);
        Arbitrary<Object> version = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(SessionStateGuard.CURRENT_VERSION)),
                Tuple.of(1, Arbitraries.of(0, 2, -1, "1", 1.5, true)));
        Arbitrary<Map<String, Object>> junk = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("x".repeat(5_000), "y".repeat(30_000), "<speak>" + "z ".repeat(4_000) + "</speak>")
                        .map(v -> (Object) v)).ofMinSize(1).ofMaxSize(5);
        return Combinators.combine(entries, version, Arbitraries.integers().between(0, 5), junk, storedSpeech())
                .as((map, v, shape, junkEntries, stored) -> {
                    if (shape == 0) {
                        return Map.of();
                    }
                    Map<String, Object> attributes = new HashMap<>(map);
                    switch (shape) {
                        case 4 -> attributes.putAll(junkEntries); // junk beside a valid version
                        case 5 -> attributes.putAll(stored); // stored speech the skill would never write
                        default -> { }
                    }
                    if (shape != 3) {
                        attributes.put(SessionStateGuard.VERSION, shape >= 4 ? SessionStateGuard.CURRENT_VERSION : v);
                    }
                    return attributes;
                });
    }

    /** A stored last speech or reprompt, as tampering might leave it: too long, or with breaks read as zero. */
    private static Arbitrary<Map<String, Object>> storedSpeech() {
        Arbitrary<String> ssml = Arbitraries.of(
                "<speak>" + "Say next. ".repeat(790) + "</speak>",
                "<speak><prosody rate=\"90%\">" + "Hold it. ".repeat(880) + "</prosody></speak>",
                "<speak>Hold. <break time=\"11S\"/> Release.</speak>",
                "<speak>Hold. <break time=\"1e2s\"/></speak>",
                "<speak><break time=\"10.5s\"/></speak>",
                "<speak><break time=\"-1s\"/></speak>",
                "<speak><break time=\" 5s\"/></speak>",
                "<speak><break time=\"5 s\"/></speak>",
                "<speak><break time=\"99999999ms\"/></speak>",
                "<speak><break time=\"5sec\"/></speak>",
                "<speak><break strength=\"loud\"/></speak>",
                "<speak><audio src=\"https://example.com/a.mp3\"/></speak>",
                "<speak><b>bold</b></speak>",
                "<speak><speak>nested</speak></speak>");
        return Combinators.combine(Arbitraries.of(Conversation.LAST_SPEECH, Conversation.LAST_REPROMPT), ssml)
                .as((key, value) -> {
                    Map<String, Object> stored = new HashMap<>();
                    stored.put(key, value);
                    return stored;
                });
    }

    /** Any JSON value, nested up to {@code depth} levels, with values our handlers are likely to read. */
    private static Arbitrary<Object> anyValue(int depth) {
        List<Arbitrary<?>> choices = new ArrayList<>(List.of(
                Arbitraries.of(enumNames()).map(s -> (Object) s),
                Arbitraries.integers().between(-3, 12).map(i -> (Object) i),
                Arbitraries.of(Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, 1e300, -0.5).map(n -> (Object) n),
                Arbitraries.of(true, false).map(b -> (Object) b),
                oddText().map(s -> (Object) s),
                Arbitraries.of("<speak><prosody rate=\"90%\">Hold it there.</prosody></speak>", "<speak>unclosed",
                        "<speak>a < b</speak>", "<speak><break time=\"60s\"/></speak>").map(s -> (Object) s)));
        if (depth > 0) {
            Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(stateKeys()), Arbitraries.strings().alpha().ofMaxLength(8));
            choices.add(Arbitraries.maps(keys, anyValue(depth - 1)).ofMaxSize(5).map(m -> (Object) new HashMap<>(m)));
            choices.add(anyValue(depth - 1).list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l)));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Arbitrary<Object> value = (Arbitrary<Object>) (Arbitrary) Arbitraries.oneOf((List) choices);
        return value;
    }

    /** Words our state maps use, so generated maps hit real keys with wrong values. */
    private static List<String> stateKeys() {
        return List.of("routine", "step", "index", "stepIndex", "side", "rep", "paused", "muscle", "focus",
                "technique", "techniques", "tried", "heard", "heardTips", "topic", "answers", "question",
                "current", "disclaimerSpoken", "outcome", "position", "kind", "done", "count");
    }

    /** Names our state holds: activities, offers, and every slot value id of the model. */
    private static List<String> enumNames() {
        Set<String> names = new TreeSet<>();
        for (Activity activity : Activity.values()) {
            names.add(activity.name());
        }
        for (Offer offer : Offer.values()) {
            names.add(offer.name());
        }
        MODEL.types().values().forEach(values -> values.forEach(v -> names.add(v.id())));
        names.add("BANANA");
        return new ArrayList<>(names);
    }

    /** Ways a sender might get the envelope wrong; those Alexa never sends must be refused. */
    enum Corruption {
        SLOTS_AS_STRING(false) {
            @Override
            void apply(Map<String, Object> envelope) {
                intentOf(envelope).ifPresent(intent -> intent.put("slots", "calf"));
            }
        },
        INTENT_AS_NUMBER(false) {
            @Override
            void apply(Map<String, Object> envelope) {
                request(envelope).put("intent", 42);
            }
        },
        INTENT_NAME_AS_OBJECT(false) {
            @Override
            void apply(Map<String, Object> envelope) {
                intentOf(envelope).ifPresent(intent -> intent.put("name", Map.of("a", 1)));
            }
        },
        RESOLUTIONS_AS_LIST_OF_STRINGS(false) {
            @Override
            void apply(Map<String, Object> envelope) {
                intentOf(envelope).ifPresent(intent -> intent.put("slots", Map.of("muscle", Map.of("name", "muscle",
                        "value", "calf", "resolutions", Map.of("resolutionsPerAuthority", List.of("calf", 3))))));
            }
        },
        ATTRIBUTES_AS_LIST(false) {
            @Override
            void apply(Map<String, Object> envelope) {
                sessionOf(envelope).ifPresent(session -> session.put("attributes", List.of("STRETCH", 3)));
            }
        },
        ATTRIBUTES_NULL(false) {
            @Override
            void apply(Map<String, Object> envelope) {
                sessionOf(envelope).ifPresent(session -> session.put("attributes", null));
            }
        },
        SESSION_EMPTY(false) {
            @Override
            void apply(Map<String, Object> envelope) {
                envelope.put("session", new HashMap<>());
            }
        },
        NEW_AS_STRING(false) {
            @Override
            void apply(Map<String, Object> envelope) {
                sessionOf(envelope).ifPresent(session -> session.put("new", "maybe"));
            }
        },
        UNKNOWN_DIALOG_STATE(false) {
            @Override
            void apply(Map<String, Object> envelope) {
                request(envelope).put("dialogState", "HALF_DONE");
            }
        },
        TIMESTAMP_GARBLED(false) {
            @Override
            void apply(Map<String, Object> envelope) {
                request(envelope).put("timestamp", "yesterday at nine");
            }
        },
        LOCALE_MISSING(false) {
            @Override
            void apply(Map<String, Object> envelope) {
                request(envelope).remove("locale");
            }
        },
        REQUEST_TYPE_MISSING(true) {
            @Override
            void apply(Map<String, Object> envelope) {
                request(envelope).remove("type");
            }
        },
        APPLICATION_MISSING(true) {
            @Override
            void apply(Map<String, Object> envelope) {
                envelope.remove("context");
                sessionOf(envelope).ifPresent(session -> session.remove("application"));
            }
        },
        CONTEXT_MISSING(true) {
            @Override
            void apply(Map<String, Object> envelope) {
                envelope.remove("context"); // the session still names our skill
            }
        },
        CONTEXT_NULL(true) {
            @Override
            void apply(Map<String, Object> envelope) {
                envelope.put("context", null);
            }
        },
        SYSTEM_MISSING(true) {
            @Override
            void apply(Map<String, Object> envelope) {
                contextOf(envelope).remove("System");
            }
        },
        CONTEXT_APPLICATION_MISSING(true) {
            @Override
            void apply(Map<String, Object> envelope) {
                systemOf(envelope).remove("application");
            }
        },
        CONTEXT_APPLICATION_ID_NULL(true) {
            @Override
            void apply(Map<String, Object> envelope) {
                Map<String, Object> application = new HashMap<>();
                application.put("applicationId", null);
                systemOf(envelope).put("application", application);
            }
        },
        SESSION_NAMES_ANOTHER_SKILL(true) {
            @Override
            void apply(Map<String, Object> envelope) {
                if (sessionOf(envelope).isEmpty()) {
                    envelope.put("session", session(false, Map.of()));
                }
                sessionOf(envelope).get().put("application", Map.of("applicationId", "amzn1.ask.skill.someone-else"));
            }
        },
        UNKNOWN_TOP_LEVEL_FIELDS(false) {
            @Override
            void apply(Map<String, Object> envelope) {
                envelope.put("futureField", Map.of("nested", List.of(1, 2, 3)));
                request(envelope).put("futureRequestField", true);
            }
        };

        final boolean alexaNeverSendsIt;

        Corruption(boolean alexaNeverSendsIt) {
            this.alexaNeverSendsIt = alexaNeverSendsIt;
        }

        abstract void apply(Map<String, Object> envelope);

        @SuppressWarnings("unchecked")
        static Optional<Map<String, Object>> intentOf(Map<String, Object> envelope) {
            return request(envelope).get("intent") instanceof Map<?, ?> intent
                    ? Optional.of((Map<String, Object>) intent) : Optional.empty();
        }

        @SuppressWarnings("unchecked")
        static Optional<Map<String, Object>> sessionOf(Map<String, Object> envelope) {
            return envelope.get("session") instanceof Map<?, ?> session
                    ? Optional.of((Map<String, Object>) session) : Optional.empty();
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> contextOf(Map<String, Object> envelope) {
            return (Map<String, Object>) envelope.get("context");
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> systemOf(Map<String, Object> envelope) {
            return (Map<String, Object>) contextOf(envelope).get("System");
        }
    }

    @Provide
    Arbitrary<Corruption> corruptions() {
        return Arbitraries.of(Corruption.class);
    }
}
