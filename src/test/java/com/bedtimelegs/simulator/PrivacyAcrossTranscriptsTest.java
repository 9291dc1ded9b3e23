package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Replays every transcript with the skill's log captured, and checks the log could not hold
 * health details: each line must fit the fixed grammar of names, types and counts, and no word
 * the user said into a slot (nor any value kept in the session) appears in it.
 */
class PrivacyAcrossTranscriptsTest {
    private static final Pattern REQUEST = Pattern.compile("request type=[A-Za-z.]+(?: intent=([A-Za-z.]+|\\(an answer\\)))?"
            + "(?: filledSlots=\\[([A-Za-z, ]*)])?(?: dialogState=(?:STARTED|IN_PROGRESS|COMPLETED))?"
            + "(?: reason=[A-Z_]+)? locale=[a-z]{2}-[A-Z]{2}(?: newSession=(?:true|false))?");
    private static final Pattern RESPONSE = Pattern.compile(
            "response speechChars=\\d+ reprompt=(?:true|false) endSession=(?:true|false|null) directives=\\d+|response empty");
    private static final Pattern ERROR = Pattern.compile("error handling request: [\\w.$]+");

    @Test
    void theLogHoldsOnlyNamesAndCountsAcrossEveryConversation() {
        InteractionModel model = InteractionModel.forLocale("en-US");
        Set<String> slotNames = new LinkedHashSet<>();
        model.intents().values().forEach(i -> i.slots().forEach(s -> slotNames.add(s.name())));
        List<String> log = new ArrayList<>();
        Set<String> private_ = new LinkedHashSet<>();
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        List<Path> files = Transcripts.files();
        for (Path file : files) {
            Transcript transcript = Transcripts.parse(file);
            Simulator simulator = new Simulator(InteractionModel.forLocale(transcript.locale()), transcript.locale(), log::add);
            simulator.onWire(line -> {
                if (line.startsWith("request: ")) {
                    collectPrivate(line.substring("request: ".length()), private_);
                }
            });
            transcript.run(simulator, nowhere);
        }
        assertFalse(log.isEmpty(), "the skill logged nothing, so this test proves nothing");
        List<String> problems = new ArrayList<>();
        for (String line : log) {
            Matcher request = REQUEST.matcher(line);
            if (request.matches()) {
                if (request.group(1) != null && !request.group(1).equals("(an answer)")
                        && !model.intents().containsKey(request.group(1))) {
                    problems.add("unknown intent name logged: " + line);
                }
                if (request.group(2) != null && !request.group(2).isBlank()) {
                    for (String slot : request.group(2).split(",\\s*")) {
                        if (!slotNames.contains(slot)) {
                            problems.add("not a declared slot name: " + slot + " in " + line);
                        }
                    }
                }
            } else if (!RESPONSE.matcher(line).matches() && !ERROR.matcher(line).matches()) {
                problems.add("log line outside the privacy-safe grammar: " + line);
            }
            for (String value : private_) {
                if (Pattern.compile("\\b" + Pattern.quote(value) + "\\b").matcher(line).find()) {
                    problems.add("log line quotes \"" + value + "\": " + line);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(private_.size() > 5, "the transcripts should fill slots: " + private_);
        System.out.printf("privacy: %d log lines from %d transcripts checked against %d private values%n",
                log.size(), files.size(), private_.size());
    }

    /** Every slot value and resolved id in the request, and every leaf value kept in the session. */
    private static void collectPrivate(String requestJson, Set<String> out) {
        JsonNode envelope;
        try {
            envelope = Json.MAPPER.readTree(requestJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        envelope.path("request").path("intent").path("slots").forEach(slot -> {
            addIfWord(slot.path("value").asText(null), out);
            slot.findValues("id").forEach(id -> addIfWord(id.asText(null), out));
        });
        envelope.path("session").path("attributes").fields().forEachRemaining(field -> {
            if (!field.getKey().startsWith("last")) { // lastSpeech is the skill's own words, not the user's
                leaves(field.getValue(), out);
            }
        });
    }

    private static void leaves(JsonNode node, Set<String> out) {
        if (node.isContainerNode()) {
            node.forEach(child -> leaves(child, out));
        } else if (node.isTextual()) {
            addIfWord(node.asText(), out);
        }
    }

    /** Short values (e.g. "v", "1") would match anywhere and prove nothing. */
    private static void addIfWord(String value, Set<String> out) {
        if (value != null && value.strip().length() >= 2 && !value.equals("NONE")) {
            out.add(value.strip());
        }
    }
}
