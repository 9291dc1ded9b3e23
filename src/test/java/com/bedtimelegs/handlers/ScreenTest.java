package com.bedtimelegs.handlers;

import java.nio.charset.StandardCharsets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.skill.BedtimeLegsSkill;
import com.bedtimelegs.skill.GuardedSkill;
import com.bedtimelegs.skill.EnvelopeBuilder;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.skill.LambdaEntry;
import com.bedtimelegs.simulator.Simulator;
import com.bedtimelegs.simulator.Transcript;
import com.bedtimelegs.simulator.Turn;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Echo Show gets a dark APL view; a voice-only device gets no APL directive at all. */
class ScreenTest {
    private static final String SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
    private static final String RENDER = "Alexa.Presentation.APL.RenderDocument";
    private final LambdaEntry entry = new LambdaEntry(new GuardedSkill(BedtimeLegsSkill.create(SKILL_ID, line -> { }), SKILL_ID));

    /** A cramp-in-my-calf request as Alexa sends it, from a device with or without a screen. */
    private JsonNode crampRequest(boolean apl) throws IOException {
        EnvelopeBuilder builder = EnvelopeBuilder.intent(SKILL_ID, "CrampReliefIntent").slot("muscle", "calf", "CALF")
                .session(null, true).locale("en-GB").label("screen-test");
        byte[] envelope = (apl ? builder.screen() : builder).build().toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entry.handleRequest(new ByteArrayInputStream(envelope), out, null);
        return Json.MAPPER.readTree(out.toByteArray());
    }

    private static List<String> directiveTypes(JsonNode reply) {
        List<String> types = new ArrayList<>();
        reply.path("response").path("directives").forEach(d -> types.add(d.path("type").asText()));
        return types;
    }

    @Test
    void aDeviceWithAplGetsTheCrampViewWithTheFirstActionInLargeType() throws IOException {
        JsonNode reply = crampRequest(true);
        assertEquals(List.of(RENDER), directiveTypes(reply));
        JsonNode directive = reply.path("response").path("directives").get(0);
        assertEquals(Screen.TOKEN, directive.path("token").asText());
        assertEquals("APL", directive.path("document").path("type").asText());
        JsonNode view = directive.path("datasources").path("view");
        assertEquals("cramp", view.path("kind").asText());
        String speech = reply.path("response").path("outputSpeech").path("ssml").asText();
        String action = view.path("headline").asText();
        assertFalse(action.isBlank());
        assertTrue(speech.contains(action), "the screen shows the first action spoken: " + action);
        assertEquals(20, view.path("holdSeconds").asInt());
        int startsAfter = view.path("startsAfterSeconds").asInt();
        assertTrue(startsAfter >= 3 && startsAfter < 20, "the countdown waits for the spoken set-up: " + startsAfter);
        assertTrue(view.path("cue").asText().startsWith("Is it easing?"), view.toString());
    }

    @Test
    void aVoiceOnlyDeviceGetsNoAplDirectiveAndTheSameSpeech() throws IOException {
        JsonNode voice = crampRequest(false);
        JsonNode screen = crampRequest(true);
        assertEquals(List.of(), directiveTypes(voice));
        assertEquals(screen.path("response").path("outputSpeech"), voice.path("response").path("outputSpeech"));
        assertEquals(screen.path("response").path("reprompt"), voice.path("response").path("reprompt"));
    }

    @Test
    void aStretchStepShowsItsNameSideAndHoldSeconds() {
        List<JsonNode> replies = new ArrayList<>();
        Simulator sim = Simulator.forLocale("en-US").withScreen(true);
        sim.onWire(line -> {
            if (line.startsWith("response: ")) {
                try {
                    replies.add(Json.MAPPER.readTree(line.substring("response: ".length())));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        sim.say("start a quick stretch");
        Turn hold = sim.say("ready");
        assertTrue(hold.directives().contains(RENDER), hold.directives().toString());
        assertEquals(List.of(), hold.problems());
        JsonNode view = replies.get(replies.size() - 1).path("response").path("directives").get(0).path("datasources").path("view");
        assertEquals("stretch", view.path("kind").asText());
        assertFalse(view.path("title").asText().isBlank(), view.toString());
        assertTrue(view.path("side").asText().matches("(left|right) side|both sides"), view.toString());
        assertTrue(view.path("holdSeconds").asInt() > 0, view.toString());
        assertTrue(view.path("startsAfterSeconds").asInt() > 0, "the hold begins after its cue is spoken: " + view);
        assertFalse(view.path("cue").asText().isBlank(), view.toString());
    }

    @Test
    void everyTranscriptOnAVoiceOnlyDeviceHasNoAplAndOnAScreenStaysWithinLimits() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("src", "test", "resources", "transcripts"))) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        int rendered = 0;
        for (Path file : files) {
            Transcript transcript = Transcript.parse(file);
            List<String> voiceDirectives = new ArrayList<>();
            Simulator voice = Simulator.forLocale(transcript.locale());
            voice.onWire(line -> {
                if (line.startsWith("response: ") && line.contains("Alexa.Presentation")) {
                    voiceDirectives.add(file.getFileName().toString());
                }
            });
            assertEquals(List.of(), transcript.run(voice, nowhere));
            assertEquals(List.of(), voiceDirectives, "APL sent to a voice-only device");
            List<String> screenReplies = new ArrayList<>();
            Simulator screen = Simulator.forLocale(transcript.locale()).withScreen(true);
            screen.onWire(line -> {
                if (line.startsWith("response: ") && line.contains(RENDER)) {
                    screenReplies.add(line);
                }
            });
            assertEquals(List.of(), transcript.run(screen, nowhere), file.toString());
            rendered += screenReplies.size();
        }
        assertTrue(rendered > 10, "the screen was drawn only " + rendered + " times");
    }

    @Test
    void theDocumentIsValidJsonDarkAndUsesExactlyTheKeysTheHandlersFill() throws IOException {
        JsonNode document;
        try (InputStream in = Screen.class.getResourceAsStream(Screen.DOCUMENT_PATH)) {
            document = Json.MAPPER.readTree(in);
        }
        assertEquals("APL", document.path("type").asText());
        assertEquals("view", document.path("mainTemplate").path("parameters").get(0).asText());
        String text = document.toString();
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("view\\.(\\w+)").matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertEquals(new TreeSet<>(Screen.VIEW_KEYS), used, "keys in the document vs keys the handlers fill");
        JsonNode colors = document.path("resources").get(0).path("colors");
        assertEquals("#000000", colors.path("background").asText());
        Matcher hex = Pattern.compile("#([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})").matcher(text);
        int count = 0;
        while (hex.find()) {
            count++;
            for (int g = 1; g <= 3; g++) {
                assertTrue(Integer.parseInt(hex.group(g), 16) <= 0x80, "too bright for the dark: " + hex.group());
            }
        }
        assertTrue(count >= 2);
        assertEquals(document, Json.MAPPER.valueToTree(Screen.document()), "the handler sends this document");
    }

    // ---- layout: what a person in a dark bedroom sees (the PNGs from tools/preview show the same) ----

    /** Echo Show 5, 8, 10 and 15 as Amazon lists them, in dp (px * 160 / dpi). */
    private static final Map<String, int[]> DEVICES_DP = new LinkedHashMap<>();

    static {
        DEVICES_DP.put("Echo Show 5 (hubLandscapeSmall)", new int[] {960, 480});
        DEVICES_DP.put("Echo Show 8 (hubLandscapeMedium)", new int[] {960, 600});
        DEVICES_DP.put("Echo Show 10 (hubLandscapeLarge)", new int[] {1280, 800});
        DEVICES_DP.put("Echo Show 15 (hubLandscapeExtraLarge)", new int[] {1920, 1080});
    }

    private static JsonNode documentJson() {
        return Json.MAPPER.valueToTree(Screen.document());
    }

    /** The Text components of the view, top to bottom. */
    private static List<JsonNode> texts() {
        List<JsonNode> texts = new ArrayList<>();
        collectTexts(documentJson().path("mainTemplate"), texts);
        assertTrue(texts.size() >= 4, texts.toString());
        return texts;
    }

    private static void collectTexts(JsonNode node, List<JsonNode> texts) {
        for (JsonNode item : node.path("items")) {
            if (item.path("type").asText().equals("Text")) {
                texts.add(item);
            }
            collectTexts(item, texts);
        }
    }

    private static JsonNode text(String binding) {
        return texts().stream().filter(t -> t.path("text").asText().contains(binding)).findFirst()
                .orElseThrow(() -> new AssertionError("no Text shows " + binding));
    }

    /** Only the simple comparisons the document uses: viewport.width|height OP number, joined by && or ||. */
    private static boolean when(String expression, int width, int height) {
        String body = expression.replaceAll("^\\$\\{|}$", "").trim();
        for (String any : body.split("\\|\\|")) {
            boolean all = true;
            for (String term : any.split("&&")) {
                Matcher m = Pattern.compile("viewport\\.(width|height)\\s*(<=|>=|<|>|==)\\s*(\\d+)").matcher(term.trim());
                assertTrue(m.matches(), "a when this test cannot read: " + term);
                int value = m.group(1).equals("width") ? width : height;
                int limit = Integer.parseInt(m.group(3));
                all &= switch (m.group(2)) {
                    case "<" -> value < limit;
                    case "<=" -> value <= limit;
                    case ">" -> value > limit;
                    case ">=" -> value >= limit;
                    default -> value == limit;
                };
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Resources as a device of this size resolves them: later blocks whose when holds override earlier ones. */
    private static Map<String, String> resources(int width, int height) {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (JsonNode block : documentJson().path("resources")) {
            if (block.has("when") && !when(block.path("when").asText(), width, height)) {
                continue;
            }
            for (String group : List.of("colors", "dimensions")) {
                block.path(group).fields().forEachRemaining(e -> resolved.put(e.getKey(), e.getValue().asText()));
            }
        }
        return resolved;
    }

    private static String resolve(Map<String, String> resources, String value) {
        return value.startsWith("@") ? resources.get(value.substring(1)) : value;
    }

    private static int dp(String dimension) {
        assertNotNull(dimension);
        assertTrue(dimension.matches("\\d+dp"), "sizes in dp: " + dimension);
        return Integer.parseInt(dimension.substring(0, dimension.length() - 2));
    }

    private static double luminance(String hex) {
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    @Test
    void cuesAndTheCrampActionWrapToThreeLinesInsteadOfBeingCut() {
        assertEquals(3, text("view.cue").path("maxLines").asInt(), "a long hold cue (ankle pumps) must not lose its end");
        assertEquals(3, text("view.headline").path("maxLines").asInt());
        assertEquals(2, text("view.title").path("maxLines").asInt());
    }

    @Test
    void theCrampViewReadsTopToBottomAsTheVoiceSpeaksItActionThenCountdownThenQuestion() throws IOException {
        List<String> order = new ArrayList<>();
        for (JsonNode t : texts()) {
            if (!t.path("when").asText().contains("'stretch'")) {
                order.add(t.path("text").asText());
            }
        }
        int action = indexOf(order, "view.headline");
        int countdown = indexOf(order, "elapsedTime");
        int question = indexOf(order, "view.cue");
        assertTrue(action < countdown && countdown < question, "cramp view order: " + order);
        String speech = crampRequest(true).path("response").path("outputSpeech").path("ssml").asText();
        JsonNode view = crampRequest(true).path("response").path("directives").get(0).path("datasources").path("view");
        assertTrue(speech.indexOf(view.path("headline").asText()) < speech.indexOf("Is it easing?"), speech);
    }

    private static int indexOf(List<String> texts, String binding) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(binding)) {
                return i;
            }
        }
        throw new AssertionError("no " + binding + " in " + texts);
    }

    @Test
    void theCountdownIsNoBrighterThanAnyWordsAroundItOnEveryScreenSize() {
        DEVICES_DP.forEach((device, size) -> {
            Map<String, String> resources = resources(size[0], size[1]);
            double countdown = luminance(resolve(resources, text("elapsedTime").path("color").asText()));
            for (JsonNode t : texts()) {
                double other = luminance(resolve(resources, t.path("color").asText()));
                assertTrue(countdown <= other, device + ": the countdown outshines " + t.path("text").asText());
            }
            assertTrue(luminance(resolve(resources, "@background")) == 0.0, device + ": black background");
        });
    }

    @Test
    void textSizesStepUpWithViewingDistanceFromEchoShow5ToEchoShow15() {
        Map<String, Map<String, String>> byDevice = new LinkedHashMap<>();
        DEVICES_DP.forEach((device, size) -> byDevice.put(device, resources(size[0], size[1])));
        for (String role : List.of("headline", "title", "cue", "countdown", "margin")) {
            List<Integer> sizes = byDevice.values().stream().map(r -> dp(r.get(role))).toList();
            for (int i = 1; i < sizes.size(); i++) {
                assertTrue(sizes.get(i) >= sizes.get(i - 1), role + " shrinks on a bigger screen: " + sizes);
            }
            assertTrue(sizes.get(sizes.size() - 1) > sizes.get(0), role + " is the same on Echo Show 5 and 15: " + sizes);
        }
        Map<String, String> small = byDevice.get("Echo Show 5 (hubLandscapeSmall)");
        Map<String, String> wall = byDevice.get("Echo Show 15 (hubLandscapeExtraLarge)");
        assertTrue(dp(small.get("cue")) >= 28, "cue readable at arm's length on Echo Show 5");
        assertTrue(dp(wall.get("cue")) >= 48, "cue readable across the room on Echo Show 15");
        // every size a Text uses comes from these resources, so it follows the viewport
        for (JsonNode t : texts()) {
            assertTrue(t.path("fontSize").asText().startsWith("@"), "fixed size: " + t);
            assertTrue(t.path("color").asText().startsWith("@"), "fixed colour: " + t);
        }
    }
}
