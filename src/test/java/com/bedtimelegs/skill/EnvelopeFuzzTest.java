package com.bedtimelegs.skill;

import com.bedtimelegs.content.Json;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.state.SessionStateGuard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.InteractionModel;
import com.bedtimelegs.simulator.InteractionModel.IntentDef;
import com.bedtimelegs.simulator.InteractionModel.SlotDef;
import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import com.bedtimelegs.speech.SpeechCheck;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Generated request envelopes: every request type Alexa may send (and some it never should),
 * every intent in the model plus unknown ones, slots that are missing, empty, huge, odd Unicode or
 * unmatched, session attributes that are stale, tampered or of the wrong types, and no session at
 * all. Whatever arrives, the user hears a valid answer and the session stays usable.
 *
 * <p>The seed is fixed so CI is repeatable; to hunt for new failures locally, change the seed or
 * raise the tries.
 */
class EnvelopeFuzzTest {
    private static final String SKILL_ID = "amzn1.ask.skill.99999999-0000-0000-0000-000000000000";
    private static final InteractionModel MODEL = InteractionModel.forLocale("en-US");
    private static final LambdaEntry ENTRY =
            new LambdaEntry(new GuardedSkill(BedtimeLegsSkill.create(SKILL_ID, line -> { }), SKILL_ID));
    /** Request types after which Alexa accepts no speech. */
    private static final Set<String> SILENT_TYPES = Set.of("SessionEndedRequest", "System.ExceptionEncountered");
    private static final AtomicInteger WELL_SHAPED = new AtomicInteger();
    private static final AtomicInteger WRONG_TYPES = new AtomicInteger();
    private static final AtomicInteger REJECTED = new AtomicInteger();

    @Property(tries = 2500, seed = "20261125")
    void everyWellShapedEnvelopeGetsAValidAnswerAndAUsableSession(@ForAll("envelopes") Map<String, Object> envelope) {
        WELL_SHAPED.incrementAndGet();
        Map<String, Object> request = request(envelope);
        Statistics.label("request type").collect(request.get("type"));
        JsonNode reply = call(envelope);
        assertValidAnswer(request, reply);
        if (isOpen(reply) && envelope.containsKey("session")) {
            assertStateStamped(reply);
            // The attributes we handed back must carry the next turn: a follow-up "help" still works.
            Map<String, Object> followUp = copyWith(envelope, reply.path("sessionAttributes"), "AMAZON.HelpIntent");
            JsonNode next = call(followUp);
            assertValidAnswer(request(followUp), next);
        }
    }

    @Property(tries = 1000, seed = "20261125")
    void wronglyTypedFieldsAreAnsweredOrRefusedClearly(@ForAll("envelopes") Map<String, Object> envelope,
                                                       @ForAll("corruptions") Corruption corruption) {
        WRONG_TYPES.incrementAndGet();
        Statistics.label("corruption").collect(corruption.name());
        corruption.apply(envelope);
        byte[] body = bytes(envelope);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ENTRY.handleRequest(new ByteArrayInputStream(body), out, null);
        } catch (BadRequestException e) {
            REJECTED.incrementAndGet();
            assertFalse(e.getMessage().contains("\n"), "one-line reason: " + e.getMessage());
            assertTrue(e.getMessage().startsWith("Malformed request") || e.getMessage().startsWith("Rejected request"),
                    e.getMessage());
            return;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        JsonNode reply = parse(out.toByteArray());
        assertEquals("1.0", reply.path("version").asText(), reply.toString());
        checkSpeech(reply);
    }

    @AfterContainer
    static void report() {
        System.out.printf("envelope fuzz: %d well-shaped cases, %d wrongly typed cases (%d refused with a clear reason)%n",
                WELL_SHAPED.get(), WRONG_TYPES.get(), REJECTED.get());
    }

    // ------------------------------------------------------------------ assertions

    private static void assertValidAnswer(Map<String, Object> request, JsonNode reply) {
        assertEquals("1.0", reply.path("version").asText(), reply.toString());
        assertTrue(reply.path("response").isObject(), reply.toString());
        String type = String.valueOf(request.get("type"));
        JsonNode response = reply.path("response");
        if (SILENT_TYPES.contains(type)) {
            assertTrue(response.path("outputSpeech").isMissingNode(), "no speech allowed after " + type + ": " + reply);
            return;
        }
        checkSpeech(reply);
        if ("LaunchRequest".equals(type) || "IntentRequest".equals(type)) {
            assertTrue(response.path("outputSpeech").isObject(), "the user must hear something: " + reply);
        }
        if (isOpen(reply)) {
            boolean dialog = false;
            for (JsonNode directive : response.path("directives")) {
                dialog |= directive.path("type").asText().startsWith("Dialog.");
            }
            assertTrue(dialog || response.path("reprompt").path("outputSpeech").isObject(),
                    "an open session needs a reprompt: " + reply);
        }
    }

    private static void assertStateStamped(JsonNode reply) {
        assertEquals(SessionStateGuard.CURRENT_VERSION, reply.path("sessionAttributes").path("v").asInt(-1),
                "state must be stamped with its version: " + reply);
    }

    private static void checkSpeech(JsonNode reply) {
        for (String path : List.of("/response/outputSpeech", "/response/reprompt/outputSpeech")) {
            JsonNode speech = reply.at(path);
            if (speech.isMissingNode()) {
                continue;
            }
            assertEquals("SSML", speech.path("type").asText(), reply.toString());
            List<String> problems = SpeechCheck.problems(speech.path("ssml").asText());
            assertTrue(problems.isEmpty(), path + ": " + problems + " in " + reply);
        }
    }

    private static boolean isOpen(JsonNode reply) {
        JsonNode end = reply.path("response").path("shouldEndSession");
        return end.isBoolean() && !end.asBoolean();
    }

    // ------------------------------------------------------------------ plumbing

    private static JsonNode call(Map<String, Object> envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ENTRY.handleRequest(new ByteArrayInputStream(bytes(envelope)), out, null);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return parse(out.toByteArray());
    }

    private static byte[] bytes(Map<String, Object> envelope) {
        try {
            return Json.MAPPER.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode parse(byte[] out) {
        try {
            return Json.MAPPER.readTree(out);
        } catch (IOException e) {
            throw new AssertionError("reply is not JSON: " + new String(out), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> request(Map<String, Object> envelope) {
        return (Map<String, Object>) envelope.get("request");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copyWith(Map<String, Object> envelope, JsonNode attributes, String intent) {
        Map<String, Object> copy = Json.MAPPER.convertValue(envelope, Map.class);
        Map<String, Object> session = (Map<String, Object>) copy.computeIfAbsent("session", k -> session(false, Map.of()));
        session.put("new", false);
        session.put("attributes", Json.MAPPER.convertValue(attributes, Map.class));
        Map<String, Object> request = base("IntentRequest", "en-US");
        request.put("intent", intent(intent, Map.of()));
        copy.put("request", request);
        return copy;
    }

    // ------------------------------------------------------------------ generators

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
        system.put("application", Map.of("applicationId", SKILL_ID));
        system.put("user", Map.of("userId", "amzn1.ask.account.FUZZ"));
        system.put("device", Map.of("deviceId", "amzn1.ask.device.FUZZ", "supportedInterfaces", Map.of()));
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        return Map.of("System", system);
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

    /** An intent from the model (or an unknown one) with any of its slots filled in any way. */
    private Arbitrary<Map<String, Object>> intents() {
        List<String> names = new ArrayList<>(MODEL.intents().keySet());
        names.add("SomethingNobodyDeclaredIntent");
        names.add("AMAZON.ScrollDownIntent");
        return Arbitraries.of(names).flatMap(name -> {
            List<SlotDef> declared = MODEL.intent(name).map(IntentDef::slots).orElse(List.of());
            List<String> slotNames = new ArrayList<>(declared.stream().map(SlotDef::name).toList());
            slotNames.add("undeclaredSlot");
            Arbitrary<Map<String, Object>> slot = Arbitraries.of(slotNames).flatMap(slotName -> {
                String type = declared.stream().filter(s -> s.name().equals(slotName)).map(SlotDef::type)
                        .findFirst().orElse("AMAZON.SearchQuery");
                return slot(slotName, MODEL.typeValues(type));
            });
            return slot.list().ofMaxSize(declared.size() + 1).map(slots -> {
                Map<String, Object> byName = new LinkedHashMap<>();
                slots.forEach(s -> byName.put((String) s.get("name"), s));
                return intent(name, byName);
            });
        });
    }

    private static Arbitrary<Map<String, Object>> slot(String name, List<SlotValue> values) {
        List<String> ids = new ArrayList<>(values.stream().map(SlotValue::id).toList());
        ids.add("NOT_A_REAL_ID");
        ids.add("");
        Arbitrary<String> heard = Arbitraries.oneOf(
                Arbitraries.of(values.stream().map(SlotValue::value).toList().isEmpty()
                        ? List.of("something") : values.stream().map(SlotValue::value).toList()),
                oddText());
        Arbitrary<Integer> resolution = Arbitraries.integers().between(0, 4);
        return Combinators.combine(heard, Arbitraries.of(ids), resolution).as((value, id, how) -> {
            Map<String, Object> slot = new LinkedHashMap<>();
            slot.put("name", name);
            slot.put("confirmationStatus", "NONE");
            if (how == 4) {
                return slot; // asked for but not said: no value at all
            }
            slot.put("value", value);
            slot.put("source", "USER");
            String status = switch (how) {
                case 0, 1 -> "ER_SUCCESS_MATCH";
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
                slot.put("resolutions", Map.of("resolutionsPerAuthority", List.of(authority)));
            }
            return slot;
        });
    }

    private static Arbitrary<String> oddText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(20),
                Arbitraries.of("", " ", "<speak>", "&amp; <b>\"bold\"</b>", "]]>", "\u202e\u0301\ud83d\ude00",
                        "x".repeat(10_000), "null", "undefined", "{\"activity\":\"STRETCH\"}"));
    }

    /** Session attributes: none, our own shapes with wrong values, older versions, junk. */
    private Arbitrary<Map<String, Object>> attributes() {
        List<String> keys = new ArrayList<>(List.of("activity", "offer", "lastSpeech", "lastReprompt", "v"));
        for (Activity activity : Activity.values()) {
            keys.add(activity.name());
        }
        keys.add("sessionBeforeTurn");
        keys.add("somethingFromTheFuture");
        Arbitrary<Map<String, Object>> entries = Arbitraries.maps(Arbitraries.of(keys), anyValue(2)).ofMaxSize(6);
        Arbitrary<Object> version = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(SessionStateGuard.CURRENT_VERSION)),
                Tuple.of(1, Arbitraries.of(0, 2, -1, "1", 1.5, true)));
        return Combinators.combine(entries, version, Arbitraries.integers().between(0, 3))
                .as((map, v, shape) -> {
                    if (shape == 0) {
                        return Map.of();
                    }
                    Map<String, Object> attributes = new HashMap<>(map);
                    if (shape != 3) {
                        attributes.put("v", v);
                    }
                    return attributes;
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

    private static List<String> enumNames() {
        List<String> names = new ArrayList<>();
        for (Activity activity : Activity.values()) {
            names.add(activity.name());
        }
        for (Offer offer : Offer.values()) {
            names.add(offer.name());
        }
        names.addAll(List.of("QUICK", "FULL", "IN_BED", "CALF", "HAMSTRING", "QUAD", "FOOT", "GENERAL", "YES", "NO",
                "UNSURE", "LEFT", "RIGHT", "BOTH", "HYDRATION", "SLEEP", "CHEST", "BANANA"));
        return names;
    }

    /** Ways a sender might get the envelope's types wrong. */
    enum Corruption {
        SLOTS_AS_STRING {
            @Override
            void apply(Map<String, Object> envelope) {
                intentOf(envelope).ifPresent(intent -> intent.put("slots", "calf"));
            }
        },
        INTENT_AS_NUMBER {
            @Override
            void apply(Map<String, Object> envelope) {
                request(envelope).put("intent", 42);
            }
        },
        ATTRIBUTES_AS_LIST {
            @Override
            void apply(Map<String, Object> envelope) {
                sessionOf(envelope).ifPresent(session -> session.put("attributes", List.of("STRETCH", 3)));
            }
        },
        NEW_AS_STRING {
            @Override
            void apply(Map<String, Object> envelope) {
                sessionOf(envelope).ifPresent(session -> session.put("new", "maybe"));
            }
        },
        UNKNOWN_DIALOG_STATE {
            @Override
            void apply(Map<String, Object> envelope) {
                request(envelope).put("dialogState", "HALF_DONE");
            }
        },
        TIMESTAMP_GARBLED {
            @Override
            void apply(Map<String, Object> envelope) {
                request(envelope).put("timestamp", "yesterday at nine");
            }
        },
        LOCALE_MISSING {
            @Override
            void apply(Map<String, Object> envelope) {
                request(envelope).remove("locale");
            }
        },
        REQUEST_TYPE_MISSING {
            @Override
            void apply(Map<String, Object> envelope) {
                request(envelope).remove("type");
            }
        },
        APPLICATION_MISSING {
            @Override
            void apply(Map<String, Object> envelope) {
                envelope.remove("context");
                sessionOf(envelope).ifPresent(session -> session.remove("application"));
            }
        },
        UNKNOWN_TOP_LEVEL_FIELDS {
            @Override
            void apply(Map<String, Object> envelope) {
                envelope.put("futureField", Map.of("nested", List.of(1, 2, 3)));
                request(envelope).put("futureRequestField", true);
            }
        };

        abstract void apply(Map<String, Object> envelope);

        @SuppressWarnings("unchecked")
        static java.util.Optional<Map<String, Object>> intentOf(Map<String, Object> envelope) {
            return request(envelope).get("intent") instanceof Map<?, ?> intent
                    ? java.util.Optional.of((Map<String, Object>) intent) : java.util.Optional.empty();
        }

        @SuppressWarnings("unchecked")
        static java.util.Optional<Map<String, Object>> sessionOf(Map<String, Object> envelope) {
            return envelope.get("session") instanceof Map<?, ?> session
                    ? java.util.Optional.of((Map<String, Object>) session) : java.util.Optional.empty();
        }
    }

    @Provide
    Arbitrary<Corruption> corruptions() {
        return Arbitraries.of(Corruption.class);
    }
}
