package com.bedtimelegs.simulator;

import com.bedtimelegs.content.Locales;
import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An ASK CLI dialog replay file, the JSON that {@code ask dialog --replay FILE} reads and its
 * {@code .record FILE} command writes:
 * <pre>
 * { "skillId": "amzn1.ask.skill...", "locale": "en-US", "type": "text", "userInput": ["open bedtime legs", "help"] }
 * </pre>
 * Like ASK CLI, every utterance must be a non-blank string (so silence cannot be written down), and a
 * last {@code ".quit"} only ends the replay. Unlike ASK CLI, the locale must be one this skill
 * publishes, and {@code type} must be {@code "text"} (the only type ASK CLI writes).
 */
public record ReplayFile(String skillId, String locale, String type, List<String> userInput) {
    /** The ASK CLI command that ends a dialog; {@code .record FILE --append-quit} adds it last. */
    public static final String QUIT = ".quit";

    public ReplayFile {
        userInput = List.copyOf(userInput);
    }

    /** A text replay file for these utterances. */
    public static ReplayFile of(String skillId, String locale, List<String> userInput) {
        return new ReplayFile(skillId, locale, "text", userInput);
    }

    /** The utterances to say, without a final ".quit". */
    public List<String> utterances() {
        int end = userInput.size();
        while (end > 0 && userInput.get(end - 1).equals(QUIT)) {
            end--;
        }
        return userInput.subList(0, end);
    }

    /** A replay file that cannot be run; the message is one line naming the file and the field. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(Path file, String field, String problem) {
            super(file + ": " + (field == null ? "" : field + ": ") + problem);
        }
    }

    /** The file as written; {@link #read} checks each field. Other fields (ASK CLI ignores them) are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Raw(String skillId, String locale, String type, List<String> userInput) {
    }

    /** Reads and checks a replay file. */
    public static ReplayFile read(Path file) throws Invalid {
        Raw raw;
        try {
            raw = Json.MAPPER.readValue(Files.readAllBytes(file), Raw.class);
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty()) {
                throw new Invalid(file, null, "not a JSON object with skillId, locale, type and userInput");
            }
            String field = e.getPath().get(0).getFieldName();
            throw new Invalid(file, field, field.equals("userInput") ? "must be a list of utterances"
                    : "must be a non-empty string");
        } catch (JacksonException e) {
            throw new Invalid(file, null, "not JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()) + ")");
        } catch (IOException e) {
            throw new Invalid(file, null, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (raw == null) {
            throw new Invalid(file, null, "not a JSON object with skillId, locale, type and userInput");
        }
        String skillId = text(file, raw.skillId(), "skillId");
        if (!skillId.startsWith("amzn1.ask.skill.")) {
            throw new Invalid(file, "skillId", "\"" + skillId + "\" is not a skill id (amzn1.ask.skill....)");
        }
        String locale = text(file, raw.locale(), "locale");
        if (!Locales.ALL.contains(locale)) {
            throw new Invalid(file, "locale", "\"" + locale + "\" is not a locale of this skill; use one of "
                    + String.join(", ", Locales.ALL));
        }
        String type = text(file, raw.type(), "type");
        if (!type.equals("text")) {
            throw new Invalid(file, "type", "must be \"text\", not \"" + type + "\"");
        }
        if (raw.userInput() == null) {
            throw new Invalid(file, "userInput", "missing; give a list of utterances");
        }
        if (raw.userInput().isEmpty()) {
            throw new Invalid(file, "userInput", "is empty; give at least one utterance");
        }
        List<String> said = new ArrayList<>();
        for (int i = 0; i < raw.userInput().size(); i++) {
            String input = raw.userInput().get(i);
            if (input == null || input.isBlank()) {
                throw new Invalid(file, "userInput[" + i + "]", "must be a non-empty string (ASK CLI cannot replay silence)");
            }
            said.add(input.strip());
        }
        ReplayFile replay = new ReplayFile(skillId, locale, type, said);
        if (replay.utterances().isEmpty()) {
            throw new Invalid(file, "userInput", "has only \"" + QUIT + "\"; give at least one utterance");
        }
        return replay;
    }

    private static String text(Path file, String value, String field) throws Invalid {
        if (value == null) {
            throw new Invalid(file, field, "missing");
        }
        if (value.isBlank()) {
            throw new Invalid(file, field, "must be a non-empty string");
        }
        return value.strip();
    }

    /** Writes the file as ASK CLI does: these four fields, in this order, two-space indented. */
    public void write(Path file) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("skillId", skillId);
        root.put("locale", locale);
        root.put("type", type);
        ArrayNode inputs = root.putArray("userInput");
        userInput.forEach(inputs::add);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, ConsoleJson.pretty(root) + "\n", StandardCharsets.UTF_8);
    }
}
