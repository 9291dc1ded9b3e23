package com.bedtimelegs.simulator;

import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parts of an ASK interaction model JSON that the simulator needs, read as-is from skill-package/. */
public final class InteractionModel {
    public record SlotValue(String id, String value, List<String> synonyms) {
    }

    public record SlotDef(String name, String type, List<String> samples) {
    }

    public record IntentDef(String name, List<SlotDef> slots, List<String> samples) {
        public Optional<SlotDef> slot(String slotName) {
            return slots.stream().filter(s -> s.name().equals(slotName)).findFirst();
        }
    }

    /** A slot the dialog model elicits, in the order Alexa would ask. */
    public record DialogSlot(String name, boolean elicitationRequired, String elicitationPromptId) {
    }

    private final String invocationName;
    private final Map<String, IntentDef> intents;
    private final Map<String, List<SlotValue>> types;
    private final Map<String, List<DialogSlot>> dialogSlots;
    private final Map<String, List<String>> prompts;

    private InteractionModel(String invocationName, Map<String, IntentDef> intents, Map<String, List<SlotValue>> types,
                             Map<String, List<DialogSlot>> dialogSlots, Map<String, List<String>> prompts) {
        this.invocationName = invocationName;
        this.intents = intents;
        this.types = types;
        this.dialogSlots = dialogSlots;
        this.prompts = prompts;
    }


    public static final Path DEFAULT_DIR = Path.of("skill-package", "interactionModels", "custom");

    /** The model for a locale, found from the working directory (or a parent, for IDE runs). */
    public static InteractionModel forLocale(String locale) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(DEFAULT_DIR).resolve(locale + ".json");
            if (Files.isRegularFile(candidate)) {
                return cached(candidate);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No interaction model " + DEFAULT_DIR.resolve(locale + ".json")
                + " found from " + Path.of("").toAbsolutePath() + "; run from the project folder");
    }

    private record Loaded(long modified, long size, InteractionModel model) {
    }

    private static final java.util.Map<Path, Loaded> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A model file read once per change (tests build many simulators; the model is immutable). */
    private static InteractionModel cached(Path file) {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Loaded hit = LOADED.get(file);
            if (hit != null && hit.modified() == modified && hit.size() == size) {
                return hit.model();
            }
            InteractionModel model = load(file);
            LOADED.put(file, new Loaded(modified, size, model));
            return model;
        } catch (IOException e) {
            return load(file);
        }
    }

    public static InteractionModel load(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read interaction model " + file + ": " + e.getMessage(), e);
        }
        JsonNode language = root.path("interactionModel").path("languageModel");
        Map<String, IntentDef> intents = new LinkedHashMap<>();
        for (JsonNode intent : language.path("intents")) {
            List<SlotDef> slots = new ArrayList<>();
            for (JsonNode slot : intent.path("slots")) {
                slots.add(new SlotDef(slot.path("name").asText(), slot.path("type").asText(), texts(slot.path("samples"))));
            }
            intents.put(intent.path("name").asText(),
                    new IntentDef(intent.path("name").asText(), List.copyOf(slots), texts(intent.path("samples"))));
        }
        Map<String, List<SlotValue>> types = new LinkedHashMap<>();
        for (JsonNode type : language.path("types")) {
            List<SlotValue> values = new ArrayList<>();
            for (JsonNode value : type.path("values")) {
                JsonNode name = value.path("name");
                values.add(new SlotValue(value.path("id").asText(name.path("value").asText()),
                        name.path("value").asText(), texts(name.path("synonyms"))));
            }
            types.put(type.path("name").asText(), List.copyOf(values));
        }
        Map<String, List<DialogSlot>> dialogSlots = new LinkedHashMap<>();
        for (JsonNode intent : root.path("interactionModel").path("dialog").path("intents")) {
            List<DialogSlot> slots = new ArrayList<>();
            for (JsonNode slot : intent.path("slots")) {
                slots.add(new DialogSlot(slot.path("name").asText(), slot.path("elicitationRequired").asBoolean(false),
                        slot.path("prompts").path("elicitation").asText(null)));
            }
            dialogSlots.put(intent.path("name").asText(), List.copyOf(slots));
        }
        Map<String, List<String>> prompts = new LinkedHashMap<>();
        for (JsonNode prompt : root.path("interactionModel").path("prompts")) {
            List<String> variations = new ArrayList<>();
            for (JsonNode variation : prompt.path("variations")) {
                variations.add(variation.path("value").asText());
            }
            prompts.put(prompt.path("id").asText(), List.copyOf(variations));
        }
        return new InteractionModel(language.path("invocationName").asText(), intents, types, dialogSlots, prompts);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    public String invocationName() {
        return invocationName;
    }

    public Map<String, IntentDef> intents() {
        return intents;
    }

    public Optional<IntentDef> intent(String name) {
        return Optional.ofNullable(intents.get(name));
    }

    /** Values of a custom slot type; empty for built-in types such as AMAZON.NUMBER. */
    public List<SlotValue> typeValues(String type) {
        return types.getOrDefault(type, List.of());
    }

    public boolean isCustomType(String type) {
        return types.containsKey(type);
    }

    public Map<String, List<SlotValue>> types() {
        return types;
    }

    public List<DialogSlot> dialogSlots(String intent) {
        return dialogSlots.getOrDefault(intent, List.of());
    }

    public List<String> prompt(String id) {
        return prompts.getOrDefault(id, List.of());
    }
}
