package com.bedtimelegs.simulator;

import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The file's shape, as far as the simulator reads it (ASK's interaction model schema; the rest is ignored). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(Model interactionModel) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Model(LanguageModel languageModel, Dialog dialog, List<Prompt> prompts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LanguageModel(String invocationName, List<Intent> intents, List<Type> types) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Intent(String name, List<Slot> slots, List<String> samples) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Slot(String name, String type, List<String> samples) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Type(String name, List<Value> values) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Value(String id, Name name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Name(String value, List<String> synonyms) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Dialog(List<DialogIntent> intents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DialogIntent(String name, List<DialogSlotJson> slots) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DialogSlotJson(String name, boolean elicitationRequired, Map<String, String> prompts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Prompt(String id, List<Variation> variations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Variation(String value) {
    }

    public static InteractionModel load(Path file) {
        Model model;
        try {
            model = Json.read(Files.readString(file), File.class, "interaction model " + file).interactionModel();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read interaction model " + file + ": " + e.getMessage(), e);
        }
        if (model == null || model.languageModel() == null) {
            throw new IllegalStateException("interaction model " + file + ": no interactionModel.languageModel");
        }
        LanguageModel language = model.languageModel();
        Map<String, IntentDef> intents = new LinkedHashMap<>();
        for (Intent intent : list(language.intents())) {
            List<SlotDef> slots = list(intent.slots()).stream()
                    .map(slot -> new SlotDef(slot.name(), slot.type(), list(slot.samples()))).toList();
            intents.put(intent.name(), new IntentDef(intent.name(), slots, list(intent.samples())));
        }
        Map<String, List<SlotValue>> types = new LinkedHashMap<>();
        for (Type type : list(language.types())) {
            types.put(type.name(), list(type.values()).stream()
                    .map(value -> new SlotValue(value.id() != null ? value.id() : value.name().value(),
                            value.name().value(), list(value.name().synonyms())))
                    .toList());
        }
        Map<String, List<DialogSlot>> dialogSlots = new LinkedHashMap<>();
        for (DialogIntent intent : list(model.dialog() == null ? null : model.dialog().intents())) {
            dialogSlots.put(intent.name(), list(intent.slots()).stream()
                    .map(slot -> new DialogSlot(slot.name(), slot.elicitationRequired(),
                            slot.prompts() == null ? null : slot.prompts().get("elicitation")))
                    .toList());
        }
        Map<String, List<String>> prompts = new LinkedHashMap<>();
        for (Prompt prompt : list(model.prompts())) {
            prompts.put(prompt.id(), list(prompt.variations()).stream().map(Variation::value).toList());
        }
        return new InteractionModel(language.invocationName(), intents, types, dialogSlots, prompts);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
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
