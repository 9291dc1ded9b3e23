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

    /**
     * Words a person adds at night that carry no meaning for the request: hesitations, politeness,
     * softeners, "mate". Dropped only on the second, relaxed pass (never when the words as said
     * already match a sample), and dropped from the samples too, so a sample cannot be emptied into
     * matching anything.
     */
    static final java.util.Set<String> FILLERS = java.util.Set.of(
            "um", "umm", "uh", "er", "erm", "hmm", "oh", "ah", "alexa", "please", "kindly", "just", "really",
            "actually", "honestly", "mate", "thanks", "ta", "so", "well", "right", "now", "then", "again",
            "a", "an", "the", "some", "bit", "little");

    /** Free text starting with one of these is a question, never a slot value. */
    static final java.util.Set<String> QUESTION_WORDS = java.util.Set.of(
            "what", "what's", "whats", "when", "where", "why", "how", "who", "which", "whose", "should", "could",
            "would", "can", "do", "does", "did", "is", "are", "will", "shall", "whether", "if");

    /** Free text longer than this many words is not a slot value. */
    static final int MAX_FREE_TEXT_WORDS = 3;

    private record CompiledSample(String intent, int intentOrder, String sample, Pattern pattern, List<String> slotNames,
                                  int literalWords, boolean builtInDefault) {
    }

    private final InteractionModel model;
    private final List<CompiledSample> samples = new ArrayList<>();
    /** The same samples with filler words dropped, for the relaxed pass. */
    private final List<CompiledSample> relaxedSamples = new ArrayList<>();
    /** Per custom slot type: normalised value or synonym to value, as said and relaxed. */
    private final Map<String, Map<String, SlotValue>> valueIndex = new LinkedHashMap<>();

    public UtteranceResolver(InteractionModel model) {
        this.model = model;
        int order = 0;
        for (IntentDef intent : model.intents().values()) {
            List<String> all = new ArrayList<>(intent.samples());
            List<String> defaults = BUILT_IN_SAMPLES.getOrDefault(intent.name(), List.of());
            for (String sample : all) {
                samples.add(compile(intent.name(), order, sample, false, false));
                addRelaxed(compile(intent.name(), order, sample, false, true));
            }
            for (String sample : defaults) {
                samples.add(compile(intent.name(), order, sample, true, false));
                addRelaxed(compile(intent.name(), order, sample, true, true));
            }
            order++;
        }
        model.types().forEach((type, values) -> {
            Map<String, SlotValue> index = new LinkedHashMap<>();
            for (SlotValue value : values) {
                List<String> words = new ArrayList<>(List.of(value.value()));
                words.addAll(value.synonyms());
                for (String w : words) {
                    index.putIfAbsent(normalize(w), value);
                }
            }
            for (SlotValue value : values) {
                List<String> words = new ArrayList<>(List.of(value.value()));
                words.addAll(value.synonyms());
                for (String w : words) {
                    String relaxed = relax(normalize(w));
                    if (!relaxed.isEmpty()) {
                        index.putIfAbsent(relaxed, value);
                    }
                }
            }
            valueIndex.put(type, index);
        });
    }

    private void addRelaxed(CompiledSample sample) {
        if (sample.literalWords() > 0 || !sample.slotNames().isEmpty()) {
            relaxedSamples.add(sample);
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

    /** A normalised text without its filler words (see {@link #FILLERS}). */
    static String relax(String normalized) {
        StringBuilder out = new StringBuilder();
        for (String word : normalized.split(" ")) {
            if (!word.isEmpty() && !FILLERS.contains(word)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(word);
            }
        }
        return out.toString();
    }

    private record Candidate(CompiledSample sample, Map<String, HeardSlot> slots, int unmatched, int resolved) {
    }

    /** Ranking, first difference wins; see README "How the simulator hears you". */
    private static final Comparator<Candidate> RANK = Comparator
            .comparingInt(Candidate::unmatched)
            .thenComparing(c -> c.sample().builtInDefault())
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.sample().literalWords()).reversed())
            .thenComparing(Comparator.comparingInt(Candidate::resolved).reversed())
            .thenComparingInt(c -> c.sample().intentOrder())
            .thenComparing(c -> c.sample().sample());

    public Resolution resolve(String utterance) {
        String said = normalize(utterance);
        Optional<Candidate> best = best(samples, said, false);
        if (best.isEmpty()) {
            String relaxed = relax(said);
            if (!relaxed.isEmpty()) {
                best = best(relaxedSamples, relaxed, true);
            }
        }
        return best
                .map(c -> new Resolution(c.sample().intent(), withEmptySlots(c.sample().intent(), c.slots()), c.sample().sample()))
                .orElseGet(() -> new Resolution(FALLBACK, Map.of(), null));
    }

    private Optional<Candidate> best(List<CompiledSample> pool, String said, boolean relaxed) {
        Candidate best = null;
        for (CompiledSample sample : pool) {
            Matcher m = sample.pattern().matcher(said);
            if (!m.matches()) {
                continue;
            }
            IntentDef intent = model.intents().get(sample.intent());
            Map<String, HeardSlot> slots = new LinkedHashMap<>();
            int unmatched = 0;
            int resolved = 0;
            boolean acceptable = true;
            for (int i = 0; i < sample.slotNames().size(); i++) {
                String slotName = sample.slotNames().get(i);
                SlotDef def = intent.slot(slotName).orElse(null);
                if (def == null) {
                    continue; // undeclared slot: the model check test reports it
                }
                HeardSlot heard = heard(def, m.group(i + 1), relaxed);
                if (heard.match().isPresent()) {
                    resolved++;
                } else if (!isFreeTextValue(heard.heard())) {
                    acceptable = false;
                    break;
                } else if (heard.customType()) {
                    unmatched++;
                }
                slots.put(slotName, heard);
            }
            if (!acceptable || (sample.literalWords() == 0 && unmatched > 0)) {
                continue; // a bare "{slot}" sample only catches words that are real slot values
            }
            Candidate candidate = new Candidate(sample, slots, unmatched, resolved);
            if (best == null || RANK.compare(candidate, best) < 0) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Words Alexa could pass on as an unresolved slot value: at most three, and not a question. */
    static boolean isFreeTextValue(String words) {
        String[] tokens = normalize(words).split(" ");
        return tokens.length <= MAX_FREE_TEXT_WORDS && !QUESTION_WORDS.contains(tokens[0]);
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
        for (boolean relaxed : new boolean[] {false, true}) {
            String words = relaxed ? relax(said) : said;
            if (words.isEmpty() || (relaxed && best(samples, said, false).isPresent())) {
                continue; // the words as said are another request: that reading wins over a relaxed one
            }
            for (String shape : shapes) {
                CompiledSample sample = compile(intentName, 0, shape, false, relaxed);
                Matcher m = sample.pattern().matcher(words);
                if (m.matches() && sample.slotNames().size() == 1 && sample.slotNames().get(0).equals(slotName)) {
                    HeardSlot heard = heard(def, m.group(1), relaxed);
                    if (!heard.customType() || heard.match().isPresent()) {
                        return Optional.of(heard);
                    }
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

    /**
     * The slot as Alexa would report it: ER_SUCCESS_MATCH with the value when the words are a value
     * or synonym (on the relaxed pass, also when they are one once filler words are dropped).
     */
    private HeardSlot heard(SlotDef def, String words, boolean relaxed) {
        boolean custom = model.isCustomType(def.type());
        Optional<SlotValue> match = Optional.empty();
        if (custom) {
            Map<String, SlotValue> index = valueIndex.getOrDefault(def.type(), Map.of());
            String said = normalize(words);
            SlotValue value = index.get(said);
            if (value == null && relaxed) {
                value = index.get(relax(said));
            }
            match = Optional.ofNullable(value);
        }
        return new HeardSlot(def.name(), def.type(), words, match, custom);
    }

    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private static CompiledSample compile(String intent, int intentOrder, String sample, boolean builtInDefault, boolean relaxed) {
        // Slot names are case-sensitive; keep them out of normalisation.
        List<String> originalSlots = new ArrayList<>();
        Matcher found = SLOT.matcher(sample);
        while (found.find()) {
            originalSlots.add(found.group(1));
        }
        String normalized = relaxed ? relax(normalize(sample)) : normalize(sample);
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
        return new CompiledSample(intent, intentOrder, sample, Pattern.compile(regex.toString()), List.copyOf(slotNames),
                literalWords, builtInDefault);
    }
}
