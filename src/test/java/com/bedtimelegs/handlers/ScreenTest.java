package com.bedtimelegs.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
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
        byte[] envelope = EnvelopeBuilder.intent(SKILL_ID, "CrampReliefIntent").slot("muscle", "calf", "CALF")
                .newSession(true).screen(apl).locale("en-GB").label("screen-test").bytes();
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
                assertTrue(Integer.parseInt(hex.group(g), 16) <= 0xA0, "too bright for the dark: " + hex.group());
            }
        }
        assertTrue(count >= 2);
        assertEquals(document, Json.MAPPER.valueToTree(Screen.document()), "the handler sends this document");
    }
}
