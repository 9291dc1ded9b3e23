package com.bedtimelegs.simulator;

import com.bedtimelegs.simulator.InteractionModel.IntentDef;
import com.bedtimelegs.simulator.InteractionModel.SlotDef;
import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns typed words into an intent and slots the way Alexa's model would: whole-utterance
 * matching against the sample utterances, slot words resolved against the slot type's values
 * and synonyms (ER_SUCCESS_MATCH with the value's id, or ER_SUCCESS_NO_MATCH), and anything
 * else to AMAZON.FallbackIntent.
 */
public final class UtteranceResolver {
    public static final String FALLBACK = "AMAZON.FallbackIntent";
    static final String AMAZON_TIME = "AMAZON.TIME";

    /** What Alexa heard for one slot. {@code match} is empty for ER_SUCCESS_NO_MATCH. */
    public record HeardSlot(String name, String type, String heard, Optional<SlotValue> match, boolean customType) {
    }

    public record Resolution(String intent, Map<String, HeardSlot> slots, String sample) {
        public boolean isFallback() {
            return FALLBACK.equals(intent);
        }
    }

    /** Phrases Alexa itself maps to the standard built-in intents, before any samples we add. */
    static final Map<String, List<String>> BUILT_IN_SAMPLES = Map.ofEntries(
            Map.entry("AMAZON.HelpIntent", List.of("help", "help me", "what can i say", "what can you do", "i need help", "how does this work")),
            Map.entry("AMAZON.StopIntent", List.of("stop", "off", "shut up", "stop it", "that's enough", "quit", "be quiet", "goodnight", "good night")),
            Map.entry("AMAZON.CancelIntent", List.of("cancel", "never mind", "nevermind", "forget it", "cancel that")),
            Map.entry("AMAZON.NavigateHomeIntent", List.of("go home", "home", "main menu", "go to the main menu", "back to the start")),
            Map.entry("AMAZON.RepeatIntent", List.of("repeat", "repeat that", "say that again", "what did you say", "again", "come again", "pardon")),
            Map.entry("AMAZON.NextIntent", List.of("next", "next please", "move on")),
            Map.entry("AMAZON.PauseIntent", List.of("pause", "pause that", "hang on")),
            Map.entry("AMAZON.ResumeIntent", List.of("resume", "continue", "unpause")),
            Map.entry("AMAZON.StartOverIntent", List.of("start over", "restart", "start again", "begin again")),
            Map.entry("AMAZON.YesIntent", List.of("yes", "yeah", "yep", "sure", "ok", "okay", "yes please", "please do", "sounds good", "go ahead", "of course", "alright", "yes i would")),
            Map.entry("AMAZON.NoIntent", List.of("no", "nope", "no thanks", "no thank you", "not now", "nah", "no i don't")));

    private record CompiledSample(String intent, String sample, Pattern pattern, List<String> slotNames,
                                  int literalWords, boolean builtInDefault) {
    }

    private final InteractionModel model;
    private final List<CompiledSample> samples = new ArrayList<>();

    public UtteranceResolver(InteractionModel model) {
        this.model = model;
        for (IntentDef intent : model.intents().values()) {
            for (String sample : intent.samples()) {
                samples.add(compile(intent.name(), sample, false));
            }
            List<String> defaults = BUILT_IN_SAMPLES.getOrDefault(intent.name(), List.of());
            for (String sample : defaults) {
                samples.add(compile(intent.name(), sample, true));
            }
        }
    }

    public InteractionModel model() {
        return model;
    }

    /** Lower case, no punctuation except apostrophes, single spaces, no "alexa" or "please" padding. */
    public static String normalize(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        s = s.replaceAll("[^a-z0-9' {}]", " ").replaceAll("\\s+", " ").strip();
        s = s.replaceAll("^(alexa|um|uh|er|so|okay so)\\s+", "");
        s = s.replaceAll("\\s+please$", "").replaceAll("^please\\s+", "");
        return s.strip();
    }

    public Resolution resolve(String utterance) {
        String said = normalize(utterance);
        record Candidate(CompiledSample sample, Map<String, HeardSlot> slots, int unmatched) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (CompiledSample sample : samples) {
            Matcher m = sample.pattern().matcher(said);
            if (!m.matches()) {
                continue;
            }
            IntentDef intent = model.intents().get(sample.intent());
            Map<String, HeardSlot> slots = new LinkedHashMap<>();
            int unmatched = 0;
            for (int i = 0; i < sample.slotNames().size(); i++) {
                String slotName = sample.slotNames().get(i);
                SlotDef def = intent.slot(slotName).orElse(null);
                if (def == null) {
                    continue; // undeclared slot: the model check test reports it
                }
                HeardSlot heard = heard(def, m.group(i + 1));
                if (heard.customType() && heard.match().isEmpty()) {
                    unmatched++;
                } else if (isTime(def) && heard.heard() == null) {
                    unmatched++; // words that are no time: a sample with those words as literals fits better
                }
                slots.put(slotName, heard);
            }
            if (sample.literalWords() == 0 && unmatched > 0) {
                continue; // a bare "{slot}" sample only catches words that are real slot values
            }
            candidates.add(new Candidate(sample, slots, unmatched));
        }
        return candidates.stream()
                .min(Comparator.comparingInt(Candidate::unmatched)
                        .thenComparing(c -> c.sample().builtInDefault())
                        .thenComparing(Comparator.comparingInt((Candidate c) -> c.sample().literalWords()).reversed()))
                .map(c -> new Resolution(c.sample().intent(), withEmptySlots(c.sample().intent(), c.slots()), c.sample().sample()))
                .orElseGet(() -> new Resolution(FALLBACK, Map.of(), null));
    }

    /**
     * While Alexa is eliciting one slot, an answer that fits the slot fills it. Empty when the
     * words are not a value of the slot (they are then resolved as a fresh utterance).
     */
    public Optional<HeardSlot> resolveSlotAnswer(String intentName, String slotName, String utterance) {
        IntentDef intent = model.intents().get(intentName);
        if (intent == null) {
            return Optional.empty();
        }
        SlotDef def = intent.slot(slotName).orElse(null);
        if (def == null) {
            return Optional.empty();
        }
        String said = normalize(utterance);
        List<String> shapes = new ArrayList<>(def.samples());
        shapes.add("{" + slotName + "}");
        for (String shape : shapes) {
            CompiledSample sample = compile(intentName, shape, false);
            Matcher m = sample.pattern().matcher(said);
            if (m.matches() && sample.slotNames().size() == 1 && sample.slotNames().get(0).equals(slotName)) {
                HeardSlot heard = heard(def, m.group(1));
                if (isTime(def) ? heard.heard() != null : !heard.customType() || heard.match().isPresent()) {
                    return Optional.of(heard);
                }
            }
        }
        return Optional.empty();
    }

    /** Every declared slot appears in the request, empty ones without a value, as Alexa sends them. */
    private Map<String, HeardSlot> withEmptySlots(String intentName, Map<String, HeardSlot> filled) {
        Map<String, HeardSlot> all = new LinkedHashMap<>();
        IntentDef intent = model.intents().get(intentName);
        for (SlotDef def : intent.slots()) {
            all.put(def.name(), filled.getOrDefault(def.name(),
                    new HeardSlot(def.name(), def.type(), null, Optional.empty(), model.isCustomType(def.type()))));
        }
        return all;
    }

    private static boolean isTime(SlotDef def) {
        return AMAZON_TIME.equals(def.type());
    }

    private HeardSlot heard(SlotDef def, String words) {
        if (isTime(def)) {
            // Alexa sends AMAZON.TIME as a value ("21:30", "09:30", "NI"), never the words; none if it heard no time.
            return new HeardSlot(def.name(), def.type(), SpokenTime.parse(words).orElse(null), Optional.empty(), false);
        }
        boolean custom = model.isCustomType(def.type());
        Optional<SlotValue> match = Optional.empty();
        if (custom) {
            String said = normalize(words);
            for (SlotValue value : model.typeValues(def.type())) {
                if (normalize(value.value()).equals(said)
                        || value.synonyms().stream().anyMatch(s -> normalize(s).equals(said))) {
                    match = Optional.of(value);
                    break;
                }
            }
        }
        return new HeardSlot(def.name(), def.type(), words, match, custom);
    }

    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private static CompiledSample compile(String intent, String sample, boolean builtInDefault) {
        // Slot names are case-sensitive; keep them out of normalisation.
        List<String> originalSlots = new ArrayList<>();
        Matcher found = SLOT.matcher(sample);
        while (found.find()) {
            originalSlots.add(found.group(1));
        }
        String normalized = normalize(sample);
        StringBuilder regex = new StringBuilder();
        List<String> slotNames = new ArrayList<>();
        int literalWords = 0;
        for (String token : normalized.split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            if (regex.length() > 0) {
                regex.append(' ');
            }
            Matcher slot = SLOT.matcher(token);
            if (slot.matches()) {
                slotNames.add(originalSlots.get(slotNames.size()));
                regex.append("(.+?)");
            } else {
                literalWords++;
                regex.append(Pattern.quote(token));
            }
        }
        return new CompiledSample(intent, sample, Pattern.compile(regex.toString()), List.copyOf(slotNames),
                literalWords, builtInDefault);
    }
}
