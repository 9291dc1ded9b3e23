package com.bedtimelegs.simulator;

import com.bedtimelegs.simulator.InteractionModel.IntentDef;
import com.bedtimelegs.simulator.InteractionModel.SlotDef;
import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Words a person adds at night that carry no meaning for the request: hesitations, politeness,
     * softeners, "mate". Dropped only on the second, relaxed pass (never when the words as said
     * already match a sample), and dropped from the samples too, so a sample cannot be emptied into
     * matching anything.
     */
    static final java.util.Set<String> FILLERS = java.util.Set.of(
            "um", "umm", "uh", "er", "erm", "hmm", "oh", "ah", "alexa", "please", "kindly", "just", "really",
            "actually", "honestly", "mate", "thanks", "ta", "so", "well", "right", "now", "then",
            "a", "an", "the", "some", "bit", "little", "ow", "oww", "ouch", "ugh", "argh", "aah", "huh", "ooh", "oof",
            "yaar");

    /**
     * Carrier words that say nothing about which request it is. A sample made only of these and
     * slots ("i have a {muscle}", "in my {muscle}") catches only words that resolve to a slot value,
     * like a bare "{slot}" sample: "i have a toothache" is no cramp.
     */
    static final java.util.Set<String> GENERIC = java.util.Set.of(
            "i", "i'm", "i've", "im", "ive", "am", "do", "have", "has", "got", "a", "an", "my", "the", "in", "it's", "its", "is",
            "it", "getting", "get", "having", "think", "ouch", "ow", "hurts", "hurting", "what", "about", "me", "for", "on", "of", "and",
            "killing", "paining");

    /** Free text starting with one of these is a question, never a slot value. */
    static final java.util.Set<String> QUESTION_WORDS = java.util.Set.of(
            "what", "what's", "whats", "when", "where", "why", "how", "who", "which", "whose", "should", "could",
            "would", "can", "do", "does", "did", "is", "are", "will", "shall", "whether", "if");

    /** Free text longer than this many words is not a slot value. */
    static final int MAX_FREE_TEXT_WORDS = 3;

    /**
     * A sample as a pattern. {@code literals} are its words outside slots: each is a whole word of any
     * utterance the pattern matches (the pattern puts spaces or the ends around it), so a sample with a
     * literal the utterance lacks is skipped without running its pattern.
     */
    private record CompiledSample(String intent, int intentOrder, String sample, Pattern pattern, List<String> slotNames,
                                  int literalWords, boolean builtInDefault, boolean onlyGenericWords, String[] literals) {
        boolean mayMatch(java.util.Set<String> words) {
            for (String literal : literals) {
                if (!words.contains(literal)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final InteractionModel model;
    private final List<CompiledSample> samples = new ArrayList<>();
    /** The same samples with filler words dropped, for the relaxed pass. */
    private final List<CompiledSample> relaxedSamples = new ArrayList<>();
    private final Pool samplePool;
    private final Pool relaxedPool;
    /** Per custom slot type: normalised value or synonym to value, as said and relaxed. */
    private final Map<String, Map<String, SlotValue>> valueIndex = new LinkedHashMap<>();
    /** The last pass: samples whose words appear in order in the utterance (see {@link NearMatcher}). */
    private final NearMatcher near = new NearMatcher(valueIndex);
    /** Value words that are a value only once filler words are dropped ("not" from "not really"). */
    private final java.util.Set<String> relaxedOnly = new java.util.HashSet<>();
    /** The very last pass: the likeliest intent by weighted word overlap (see {@link LikelyMatcher}). */
    private final LikelyMatcher likely = new LikelyMatcher(valueIndex, relaxedOnly);
    /** Per intent, the literal words of its samples (the sentence around its slots), from the compiled samples. */
    private final Map<String, java.util.Set<String>> carrierWords = new java.util.HashMap<>();
    /** The model's bare "{slot}" samples of custom types, in model order, for the spotted-value pass. */
    private final List<BareSlot> bareSlots = new ArrayList<>();

    private record BareSlot(CompiledSample sample, SlotDef def) {
    }

    /** A value found in the words: its words as said, the value, and how many words it spans. */
    private record Spot(String text, SlotValue value, int length) {
    }

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
        buildValueIndex(model);
        for (CompiledSample sample : samples) {
            if (!sample.builtInDefault()) {
                carrierWords.computeIfAbsent(sample.intent(), k -> new java.util.HashSet<>()).addAll(Arrays.asList(sample.literals()));
            }
            if (sample.literalWords() == 0 && sample.slotNames().size() == 1 && !sample.builtInDefault()) {
                model.intents().get(sample.intent()).slot(sample.slotNames().get(0))
                        .filter(def -> model.isCustomType(def.type()))
                        .ifPresent(def -> bareSlots.add(new BareSlot(sample, def)));
            }
        }
        order = 0;
        for (IntentDef intent : model.intents().values()) {
            Map<String, String> slotTypes = new LinkedHashMap<>();
            intent.slots().forEach(def -> slotTypes.put(def.name(), def.type()));
            for (String sample : intent.samples()) {
                near.add(intent.name(), order, sample, false, relaxSample(sample), slotTypes);
                likely.add(intent.name(), order, sample, relaxSample(sample), slotTypes);
            }
            for (String sample : BUILT_IN_SAMPLES.getOrDefault(intent.name(), List.of())) {
                near.add(intent.name(), order, sample, true, relaxSample(sample), slotTypes);
                likely.add(intent.name(), order, sample, relaxSample(sample), slotTypes);
            }
            order++;
        }
        likely.seal();
        near.seal();
        samplePool = new Pool(samples);
        relaxedPool = new Pool(relaxedSamples);
    }

    /** A sample normalised and relaxed, with its slot names kept as written. */
    private static String relaxSample(String sample) {
        List<String> names = new ArrayList<>();
        Matcher found = SLOT.matcher(sample);
        while (found.find()) {
            names.add(found.group(1));
        }
        String relaxed = relax(normalize(sample));
        StringBuilder out = new StringBuilder();
        int slot = 0;
        for (String token : relaxed.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(SLOT.matcher(token).matches() ? "{" + names.get(slot++) + "}" : token);
        }
        return out.toString();
    }

    private void buildValueIndex(InteractionModel model) {
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
                    if (!relaxed.isEmpty() && !index.containsKey(relaxed)) {
                        index.put(relaxed, value);
                        relaxedOnly.add(relaxed);
                    }
                }
            }
            valueIndex.put(type, index);
        });
    }

    /**
     * Samples indexed by their rarest literal word: a sample can only match an utterance that holds
     * that word, so only the samples keyed by the utterance's words (and those with no literal word)
     * are tried, in model order.
     */
    private static final class Pool {
        private final List<CompiledSample> all;
        private final Map<String, int[]> byKey = new java.util.HashMap<>();
        private final int[] unkeyed;

        Pool(List<CompiledSample> all) {
            this.all = List.copyOf(all);
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < this.all.size(); i++) {
                positions.add(i);
            }
            List<Integer> none = new ArrayList<>();
            RarestKey.index(positions, i -> Arrays.asList(this.all.get(i).literals()), none)
                    .forEach((k, v) -> byKey.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            unkeyed = none.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The samples that may match an utterance of these words, in model order. */
        List<CompiledSample> candidates(java.util.Set<String> words) {
            java.util.BitSet picked = new java.util.BitSet(all.size());
            for (int i : unkeyed) {
                picked.set(i);
            }
            for (String word : words) {
                int[] at = byKey.get(word);
                if (at != null) {
                    for (int i : at) {
                        picked.set(i);
                    }
                }
            }
            List<CompiledSample> out = new ArrayList<>(picked.cardinality());
            for (int i = picked.nextSetBit(0); i >= 0; i = picked.nextSetBit(i + 1)) {
                if (all.get(i).mayMatch(words)) {
                    out.add(all.get(i));
                }
            }
            return out;
        }
    }

    /** A relaxed sample must keep some substance: two words, or one word and no slot. */
    private void addRelaxed(CompiledSample sample) {
        if (sample.literalWords() >= 2 || (sample.literalWords() == 1 && sample.slotNames().isEmpty())) {
            relaxedSamples.add(sample);
        }
    }

    private static final Map<InteractionModel, UtteranceResolver> BUILT =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The resolver for a model, built once per model object (it is immutable once built). */
    public static UtteranceResolver of(InteractionModel model) {
        return BUILT.computeIfAbsent(model, UtteranceResolver::new);
    }

    public InteractionModel model() {
        return model;
    }

    /** Lower case, no punctuation except apostrophes, single spaces, no "alexa" or "please" padding. */
    public static String normalize(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        s = NOT_WORD.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = LEAD_FILLER.matcher(s).replaceAll("");
        s = PLEASE_AT_EDGES.matcher(s).replaceAll("");
        s = CANNOT.matcher(s).replaceAll("can't");
        return s.strip();
    }

    /** "cannot" and "can not" are said and heard as "can't" (Alexa's speech recogniser writes any of them). */
    private static final Pattern CANNOT = Pattern.compile("\\bcan ?not\\b");

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9' {}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEAD_FILLER = Pattern.compile("^(alexa|um|uh|er|so|okay so)\\s+");
    private static final Pattern PLEASE_AT_EDGES = Pattern.compile("\\s+please$|^please\\s+");

    /** Words that only join what was said to what came before: dropped at the start on the relaxed pass. */
    static final java.util.Set<String> LEADING_JOINERS = java.util.Set.of("and", "but", "also", "anyway");

    /**
     * A normalised text without its filler words (see {@link #FILLERS}), without a joining word at its
     * start ("and the next one") and with a word said twice or more in a row said once ("wait wait wait").
     */
    static String relax(String normalized) {
        StringBuilder out = new StringBuilder();
        String last = null;
        for (String word : normalized.split(" ")) {
            if (word.isEmpty() || FILLERS.contains(word) || word.equals(last)
                    || (out.length() == 0 && LEADING_JOINERS.contains(word))) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
            last = word;
        }
        return out.toString();
    }

    private record Candidate(CompiledSample sample, Map<String, HeardSlot> slots, int unmatched, int resolved, int inserted) {
        Candidate(CompiledSample sample, Map<String, HeardSlot> slots, int unmatched, int resolved) {
            this(sample, slots, unmatched, resolved, 0);
        }
    }

    /** Ranking, first difference wins; see README "How the simulator hears you". */
    private static final Comparator<Candidate> RANK = Comparator
            .comparingInt(Candidate::unmatched)
            .thenComparingInt(Candidate::inserted)
            .thenComparing(c -> c.sample().builtInDefault())
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.sample().literalWords()).reversed())
            .thenComparing(Comparator.comparingInt(Candidate::resolved).reversed())
            .thenComparingInt(c -> c.sample().intentOrder())
            .thenComparing(c -> c.sample().sample());

    public Resolution resolve(String utterance) {
        String said = normalize(utterance);
        Optional<Candidate> exact = best(samplePool, said, false);
        Resolution whole = resolve(said, exact);
        if (exact.isPresent() && !uncertain(exact.get())) {
            return whole; // a sample as said: nothing to weigh
        }
        return polarLead(said).map(lead -> {
            Resolution rest = resolve(lead.rest());
            if (rest.intent().equals(lead.intent())) {
                return rest; // "no not right now": the rest is the same answer
            }
            if (whole.isFallback() && warns(rest)) {
                return rest; // "no but my chest hurts": a yes or no never hides a warning
            }
            boolean noRequest = whole.isFallback() && rest.isFallback() && lead.rest().split(" ").length <= POLAR_REST_WORDS;
            return noRequest ? new Resolution(lead.intent(), Map.of(), null) : whole; // "nah i'm right"
        }).orElse(whole);
    }

    /** Words that lead an answer to a yes/no question, and the built-in intent each is. */
    static final Map<String, String> POLAR_LEADS = Map.of(
            "yes", "AMAZON.YesIntent", "yeah", "AMAZON.YesIntent", "yep", "AMAZON.YesIntent", "yup", "AMAZON.YesIntent",
            "yea", "AMAZON.YesIntent", "aye", "AMAZON.YesIntent",
            "no", "AMAZON.NoIntent", "nope", "AMAZON.NoIntent", "nah", "AMAZON.NoIntent");

    /** At most this many words after a leading yes or no that are no request still make the answer. */
    static final int POLAR_REST_WORDS = 4;

    /** A leading yes or no (after fillers), the intent it is, and the words after it. */
    record PolarLead(String word, String intent, String rest) {
    }

    static Optional<PolarLead> polarLead(String said) {
        String[] words = said.split(" ");
        int i = 0;
        while (i < words.length && FILLERS.contains(words[i])) {
            i++;
        }
        if (i >= words.length - 1 || !POLAR_LEADS.containsKey(words[i])) {
            return Optional.empty();
        }
        String rest = String.join(" ", Arrays.copyOfRange(words, i + 1, words.length));
        return Optional.of(new PolarLead(words[i], POLAR_LEADS.get(words[i]), rest));
    }

    private Resolution resolve(String said, Optional<Candidate> exact) {
        Optional<Candidate> best = exact;
        String relaxed = relax(said);
        if (best.isEmpty() || uncertain(best.get())) {
            Optional<Candidate> second = relaxed.isEmpty() ? Optional.empty() : best(relaxedPool, relaxed, true);
            if (second.isPresent() && (best.isEmpty() || RANK.compare(second.get(), best.get()) < 0)) {
                best = second; // resolved slot values beat free text, even on the relaxed pass
            }
            if (best.isEmpty() || uncertain(best.get())) {
                Optional<Candidate> third = nearest(relaxed);
                if (third.isPresent() && (best.isEmpty() || laterWins(third.get(), best.get()))) {
                    best = third; // its slots are all resolved values: it beats free text too
                }
            }
            if (best.isEmpty() || uncertain(best.get())) {
                Optional<Candidate> spotted = spotted(relaxed);
                if (spotted.isPresent() && (best.isEmpty() || best.get().unmatched() > 0 || laterWins(spotted.get(), best.get()))) {
                    best = spotted; // a known value that is nearly all that was said beats free text
                }
            }
            if (best.isEmpty() || uncertain(best.get())) {
                Optional<Candidate> fourth = likeliest(relaxed);
                if (fourth.isPresent() && (best.isEmpty()
                        || (best.get().unmatched() > 0 && !fourth.get().sample().intent().equals(best.get().sample().intent()))
                        || fourth.get().resolved() > best.get().resolved())) {
                    best = fourth; // no free text in it: it beats another request that holds some
                }
            }
        }
        boolean sampleAsSaid = best.isPresent() && exact.isPresent() && best.get() == exact.get() && !uncertain(best.get());
        boolean warning = best.isPresent() && URGENT_INTENTS.contains(best.get().sample().intent());
        if (!sampleAsSaid && !warning) {
            Optional<Candidate> spottedWarning = warningSpotted(relaxed);
            if (spottedWarning.isPresent()) {
                best = spottedWarning; // "i'm really short of breath all of a sudden": a warning said in any words wins
            }
        }
        return best
                .map(c -> new Resolution(c.sample().intent(), withEmptySlots(c.sample().intent(), c.slots()), c.sample().sample()))
                .orElseGet(() -> new Resolution(FALLBACK, Map.of(), null));
    }

    /**
     * A warning sign said among other words: where an urgent intent has a bare {@code {slot}} sample, a
     * value of that slot of two words or more ("short of breath", "chest pain") anywhere in the words,
     * when no word is a negation and the words are no question ("what does short of breath mean").
     */
    private Optional<Candidate> warningSpotted(String relaxed) {
        if (relaxed.isEmpty()) {
            return Optional.empty();
        }
        String[] words = relaxed.split(" ");
        if (QUESTION_WORDS.contains(words[0]) || Arrays.stream(words).anyMatch(w -> NearMatcher.NEGATIONS.contains(w) || w.endsWith("n't"))) {
            return Optional.empty();
        }
        Candidate found = null;
        int foundLength = 1;
        for (BareSlot bare : bareSlots) {
            if (!URGENT_INTENTS.contains(bare.sample().intent())) {
                continue;
            }
            Map<String, SlotValue> index = valueIndex.getOrDefault(bare.def().type(), Map.of());
            for (int i = 0; i < words.length; i++) {
                for (int j = Math.min(words.length, i + 7); j > i + foundLength; j--) {
                    String text = String.join(" ", Arrays.copyOfRange(words, i, j));
                    SlotValue value = relaxedOnly.contains(text) ? null : index.get(text);
                    if (value != null) {
                        Map<String, HeardSlot> slots = new LinkedHashMap<>();
                        slots.put(bare.def().name(), new HeardSlot(bare.def().name(), bare.def().type(), text, Optional.of(value), true));
                        found = new Candidate(bare.sample(), slots, 0, 1);
                        foundLength = j - i;
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** A reading that holds free text, or that left words of a slot out: a later pass may still do better. */
    private static boolean uncertain(Candidate c) {
        return c.unmatched() > 0 || c.inserted() > 0;
    }

    /**
     * Whether a later pass's reading (no free text in it) replaces an uncertain one: it has a resolved
     * slot where the other has free text, or more resolved slots than one that left words out.
     */
    private static boolean laterWins(Candidate later, Candidate earlier) {
        return earlier.unmatched() > 0 ? later.resolved() > 0 : later.resolved() > earlier.resolved();
    }

    private Optional<Candidate> best(Pool pool, String said, boolean relaxed) {
        Candidate best = null;
        java.util.Set<String> words = new java.util.HashSet<>(Arrays.asList(said.split(" ")));
        for (CompiledSample sample : pool.candidates(words)) {
            Matcher m = sample.pattern().matcher(said);
            if (!m.matches()) {
                continue;
            }
            IntentDef intent = model.intents().get(sample.intent());
            Map<String, HeardSlot> slots = new LinkedHashMap<>();
            int unmatched = 0;
            int resolved = 0;
            int inserted = 0;
            boolean acceptable = true;
            for (int i = 0; i < sample.slotNames().size(); i++) {
                String slotName = sample.slotNames().get(i);
                SlotDef def = intent.slot(slotName).orElse(null);
                if (def == null) {
                    continue; // undeclared slot: the model check test reports it
                }
                HeardSlot heard = heard(def, m.group(i + 1), relaxed);
                Trimmed trimmed;
                if (isTime(def)) {
                    if (heard.heard() == null) {
                        unmatched++; // words that are no time: a sample with those words as literals fits better
                    } else {
                        resolved++;
                    }
                } else if (heard.match().isPresent()) {
                    resolved++;
                } else if (heard.customType() && (trimmed = trimmed(sample.intent(), def, heard.heard())) != null) {
                    inserted += trimmed.inserted();
                    if (trimmed.slot() == null) {
                        if (sample.onlyGenericWords() || sample.literalWords() < 2 || trimmed.inserted() > MAX_FREE_TEXT_WORDS) {
                            acceptable = false; // "{routine}", "{muscle} stretch" or "in my {muscle}" with no value is nothing
                            break;
                        }
                        continue; // only carrier words: the slot stays empty
                    }
                    heard = trimmed.slot();
                    resolved++;
                } else if (!isFreeTextValue(heard.heard())) {
                    acceptable = false;
                    break;
                } else if (heard.customType()) {
                    unmatched++;
                }
                slots.put(slotName, heard);
            }
            if (!acceptable || (sample.onlyGenericWords() && unmatched > 0)) {
                continue; // a bare "{slot}" or generic-carrier sample only catches words that are real slot values
            }
            Candidate candidate = new Candidate(sample, slots, unmatched, resolved, inserted);
            if (best == null || RANK.compare(candidate, best) < 0) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A slot's words read again: the value inside them (or none: the slot stays empty), and the words left out. */
    private record Trimmed(HeardSlot slot, int inserted) {
    }

    /**
     * Words Alexa's slot tagger would leave outside a value: small words, verbs such as "has" and
     * "are", particles ("up", "out", "again") and pronouns ("me"). A value's name neither starts nor
     * ends with them.
     */
    static final java.util.Set<String> INSERTABLE = java.util.Set.of(
            "has", "have", "had", "was", "were", "are", "am", "be", "been", "me", "you", "any", "up", "out", "down",
            "off", "again", "too", "also", "here", "there", "now", "then", "so", "very", "really");

    /**
     * Entity resolution's second look at words that are no value (see README "How the simulator hears you"):
     * <ol>
     * <li>a value with one word more at either edge ("calf muscle has", "short stretching", "calf again")
     *     is that value, the other word inserted (never a negation);</li>
     * <li>words that are all carrier words of the intent (literal words of its own samples, like "leg"
     *     in "my leg is cramping" or "tips" in "tips for cramps") or insertable small words, at least one
     *     of them a carrier word, are no value: Alexa's tagger learnt them as the sentence around a slot,
     *     so the slot stays empty ("leg has", "stretching", "legs out").</li>
     * </ol>
     * Null when neither applies (the words are then free text, if they may be).
     */
    private Trimmed trimmed(String intent, SlotDef def, String words) {
        String[] tokens = normalize(words).split(" ");
        Map<String, SlotValue> index = valueIndex.getOrDefault(def.type(), Map.of());
        if (tokens.length >= 2) {
            String[][] tries = {
                java.util.Arrays.copyOfRange(tokens, 0, tokens.length - 1), java.util.Arrays.copyOfRange(tokens, 1, tokens.length)};
            String[] dropped = {tokens[tokens.length - 1], tokens[0]};
            for (int t = 0; t < 2; t++) {
                String rest = String.join(" ", tries[t]);
                SlotValue value = lookUp(index, rest);
                if (value != null && !NearMatcher.NEGATIONS.contains(dropped[t])) {
                    return new Trimmed(new HeardSlot(def.name(), def.type(), rest, Optional.of(value), true), 1);
                }
            }
        }
        java.util.Set<String> carrier = carrierWords.getOrDefault(intent, java.util.Set.of());
        boolean anyCarrier = false;
        for (String token : tokens) {
            boolean isCarrier = carrier.contains(token) && !NearMatcher.LIGHT.contains(token) && !GENERIC.contains(token);
            anyCarrier |= isCarrier;
            if (!isCarrier && !INSERTABLE.contains(token) && !NOT_AT_EDGES.contains(token) && !NearMatcher.LIGHT.contains(token)) {
                return null;
            }
        }
        return anyCarrier ? new Trimmed(null, tokens.length) : null;
    }

    /** A value or synonym as said, or with a possessive or "is" ending ("calf's") taken off, as Alexa's tokens split it. */
    private static SlotValue lookUp(Map<String, SlotValue> index, String said) {
        SlotValue value = index.get(said);
        if (value == null && said.endsWith("'s")) {
            value = index.get(said.substring(0, said.length() - 2));
        }
        return value;
    }

    /** The best near match: fewest added or missing words, then the longest sample, then the usual order. */
    private Optional<Candidate> nearest(String relaxed) {
        NearMatcher.Match best = null;
        for (NearMatcher.Match m : near.matches(relaxed)) {
            if (best == null || compareNear(m, best) < 0) {
                best = m;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        IntentDef intent = model.intents().get(best.sample().intent());
        Map<String, HeardSlot> slots = new LinkedHashMap<>();
        for (var e : best.heardBySlot().entrySet()) {
            SlotDef def = intent.slot(e.getKey()).orElseThrow();
            slots.put(e.getKey(), new HeardSlot(def.name(), def.type(), e.getValue(),
                    Optional.of(best.valueBySlot().get(e.getKey())), true));
        }
        CompiledSample sample = new CompiledSample(best.sample().intent(), best.sample().intentOrder(), best.sample().text(),
                null, List.of(), best.sample().tokens().length, best.sample().builtInDefault(), false, new String[0]);
        return Optional.of(new Candidate(sample, slots, 0, slots.size(), valuesLeftOut(intent, slots, relaxed, best.sample().tokens())));
    }

    /**
     * How many values of the intent's still empty slots the utterance says outside the sample's own
     * words ("i want to stretch my calf" read as "i want to stretch" leaves the muscle out). Alexa
     * would not drop a value its tagger knows: such a reading counts them as inserted words, so a
     * later reading that fills the slot wins.
     */
    private int valuesLeftOut(IntentDef intent, Map<String, HeardSlot> filled, String relaxed, String[] sampleTokens) {
        java.util.Set<String> sampleWords = new java.util.HashSet<>(List.of(sampleTokens));
        String[] words = relaxed.split(" ");
        int left = 0;
        for (SlotDef def : intent.slots()) {
            if (filled.containsKey(def.name())) {
                continue;
            }
            if (isTime(def)) {
                if (timeLeftOut(words, sampleWords)) {
                    left++; // "move my stretch reminder to nine" read as "move my stretch reminder"
                }
                continue;
            }
            Map<String, SlotValue> index = valueIndex.get(def.type());
            if (index == null) {
                continue;
            }
            found:
            for (int i = 0; i < words.length; i++) {
                StringBuilder text = new StringBuilder();
                for (int j = i; j < Math.min(words.length, i + 6); j++) {
                    text.append(j > i ? " " : "").append(words[j]);
                    if (index.containsKey(text.toString()) && !relaxedOnly.contains(text.toString())) {
                        boolean ownWords = true;
                        for (int k = i; k <= j; k++) {
                            ownWords &= sampleWords.contains(words[k]);
                        }
                        if (!ownWords) {
                            left++;
                            break found;
                        }
                    }
                }
            }
        }
        return left;
    }

    /** Whether words outside the sample's own say a time ("to nine", "at half ten"). */
    private static boolean timeLeftOut(String[] words, java.util.Set<String> sampleWords) {
        for (int i = 0; i < words.length; i++) {
            if (sampleWords.contains(words[i])) {
                continue;
            }
            StringBuilder run = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + 4) && !sampleWords.contains(words[j]); j++) {
                run.append(j > i ? " " : "").append(words[j]);
                if (SpokenTime.parse(run.toString()).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A bare "{slot}" sample whose value (or synonym) is nearly the whole utterance: the value's words
     * plus at most one other word that is not a small word ("my chest is really tight now" holds the
     * symptom "my chest is tight"). The longest value wins; then the model's order.
     */
    private Optional<Candidate> spotted(String relaxed) {
        if (relaxed.isEmpty()) {
            return Optional.empty();
        }
        String[] words = relaxed.split(" ");
        Map<String, Optional<Spot>> byType = new LinkedHashMap<>();
        Candidate found = null;
        int foundLength = 0;
        for (BareSlot bare : bareSlots) {
            SlotDef def = bare.def();
            Optional<Spot> spot = byType.computeIfAbsent(def.type(), type -> longestSpot(words, type));
            if (spot.isPresent() && spot.get().length() > foundLength) {
                Map<String, HeardSlot> slots = new LinkedHashMap<>();
                slots.put(def.name(), new HeardSlot(def.name(), def.type(), spot.get().text(), Optional.of(spot.get().value()), true));
                found = new Candidate(bare.sample(), slots, 0, 1);
                foundLength = spot.get().length();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The longest value of the type in the words (the leftmost of equal length) that leaves at most
     * one other word beside small words, and that word no negation.
     */
    private Optional<Spot> longestSpot(String[] words, String type) {
        Map<String, SlotValue> index = valueIndex.getOrDefault(type, Map.of());
        Spot best = null;
        for (int i = 0; i < words.length; i++) {
            for (int j = words.length; j > i; j--) {
                if (best != null && j - i <= best.length()) {
                    break;
                }
                String text = String.join(" ", java.util.Arrays.copyOfRange(words, i, j));
                SlotValue value = relaxedOnly.contains(text) ? null : index.get(text);
                if (value == null) {
                    continue; // a value only once fillers are dropped ("not", from "not really") is not spotted
                }
                String other = null;
                int others = 0;
                for (int k = 0; k < words.length; k++) {
                    if ((k < i || k >= j) && !NearMatcher.LIGHT.contains(words[k])) {
                        others++;
                        other = other == null ? words[k] : other;
                    }
                }
                if (others <= 1 && (other == null || !NearMatcher.NEGATIONS.contains(other))) {
                    best = new Spot(text, value, j - i);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Candidate> likeliest(String relaxed) {
        Optional<LikelyMatcher.Match> found = likely.match(relaxed);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LikelyMatcher.Match m = found.get();
        IntentDef intent = model.intents().get(m.intent());
        Map<String, HeardSlot> slots = new LinkedHashMap<>();
        m.slots().forEach((name, words) -> slots.put(name, heard(intent.slot(name).orElseThrow(), words, true)));
        CompiledSample sample = new CompiledSample(m.intent(), 0, m.sample(), null, List.of(), 0, false, false, new String[0]);
        return Optional.of(new Candidate(sample, slots, 0, slots.size()));
    }

    private static int compareNear(NearMatcher.Match a, NearMatcher.Match b) {
        int c = Integer.compare(a.extra() + a.skipped(), b.extra() + b.skipped());
        if (c == 0) {
            c = Integer.compare(a.telling(), b.telling()); // "can we stop for a moment": "stop for a moment" leaves "can we"
        }
        if (c == 0) {
            c = Integer.compare(b.heardBySlot().size(), a.heardBySlot().size()); // the reading whose slots resolve
        }
        if (c == 0) {
            c = Integer.compare(b.units(), a.units());
        }
        if (c == 0) {
            c = Boolean.compare(a.sample().builtInDefault(), b.sample().builtInDefault());
        }
        if (c == 0) {
            c = Integer.compare(a.sample().intentOrder(), b.sample().intentOrder());
        }
        return c != 0 ? c : a.sample().text().compareTo(b.sample().text());
    }

    /** Words a value never starts or ends with: "stop the", "to do stretching" and "no it's still" are no values. */
    static final java.util.Set<String> NOT_AT_EDGES = java.util.Set.of(
            "the", "a", "an", "my", "to", "of", "in", "for", "on", "with", "some", "and", "your", "this", "that",
            "no", "nope", "not", "yes", "yeah", "yep", "i", "i'm", "i've", "it", "it's", "is",
            "has", "have", "had", "was", "were", "are", "am", "me", "any", "up", "out", "down", "off", "again", "too", "still");

    /**
     * Words Alexa could pass on as an unresolved slot value: at most three, not a question, and not
     * starting or ending with a small word or an answer word (a name of a thing does not).
     */
    static boolean isFreeTextValue(String words) {
        String[] tokens = normalize(words).split(" ");
        return tokens.length <= MAX_FREE_TEXT_WORDS && !QUESTION_WORDS.contains(tokens[0])
                && !NOT_AT_EDGES.contains(tokens[0]) && !NOT_AT_EDGES.contains(tokens[tokens.length - 1]);
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
            if (words.isEmpty() || (relaxed && best(samplePool, said, false).isPresent())) {
                continue; // the words as said are another request: that reading wins over a relaxed one
            }
            for (String shape : shapes) {
                CompiledSample sample = compile(intentName, 0, shape, false, relaxed);
                Matcher m = sample.pattern().matcher(words);
                if (m.matches() && sample.slotNames().size() == 1 && sample.slotNames().get(0).equals(slotName)) {
                    HeardSlot heard = heard(def, m.group(1), relaxed);
                    if (isTime(def) ? heard.heard() != null : !heard.customType() || heard.match().isPresent()) {
                        return Optional.of(heard);
                    }
                }
            }
        }
        return nearSlotAnswer(def, said).or(() -> shortenedValue(def, said)).or(() -> polarSlotAnswer(def, said));
    }

    /**
     * An elicited answer that is a value of three words or more with one small word left out ("hard to
     * tell" for "it's hard to tell"), when the words are no other request.
     */
    private Optional<HeardSlot> shortenedValue(SlotDef def, String said) {
        if (!model.isCustomType(def.type())) {
            return Optional.empty();
        }
        SlotValue found = null;
        for (var e : valueIndex.getOrDefault(def.type(), Map.of()).entrySet()) {
            String[] words = e.getKey().split(" ");
            if (words.length < 3) {
                continue;
            }
            for (int i = 0; i < words.length; i++) {
                if (!NearMatcher.LIGHT.contains(words[i])) {
                    continue;
                }
                List<String> shorter = new ArrayList<>(Arrays.asList(words));
                shorter.remove(i);
                if (String.join(" ", shorter).equals(said)) {
                    if (found != null && !found.id().equals(e.getValue().id())) {
                        return Optional.empty(); // two answers fit: none does
                    }
                    found = e.getValue();
                }
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        Resolution other = resolve(said);
        if (!noRequest(other)) {
            return Optional.empty();
        }
        return Optional.of(new HeardSlot(def.name(), def.type(), said, Optional.of(found), true));
    }

    /** How each answer intent is said in a word or two, to find its value in a slot type of answers. */
    static final Map<String, String> ANSWER_WORDS = Map.of(
            "AMAZON.YesIntent", "yes", "AMAZON.NoIntent", "no", "UnsureIntent", "not sure");

    /** The value of the slot's type that an answer intent stands for ("not sure" for UnsureIntent), if any. */
    private Optional<SlotValue> answerValue(SlotDef def, Resolution answer) {
        String word = ANSWER_WORDS.get(answer.intent());
        return word == null ? Optional.empty() : Optional.ofNullable(valueIndex.getOrDefault(def.type(), Map.of()).get(word));
    }

    /** Whether every one of the words is a word of the sample that gave the reading. */
    private static boolean insideSample(String words, Resolution reading) {
        if (reading.sample() == null) {
            return false;
        }
        List<String> sample = Arrays.asList(reading.sample().split(" "));
        return Arrays.stream(words.split(" ")).allMatch(sample::contains);
    }

    /** Intents that are warnings: words that reach one of them are never taken as a slot answer. */
    static final java.util.Set<String> URGENT_INTENTS = java.util.Set.of(
            "EmergencySymptomIntent", "LegWarningSignIntent", "CrampPersistingIntent");

    /**
     * A leading yes or no is the answer to an elicited slot whose values say yes and no ("yes i am
     * having that", "no i am breathing properly"), when what follows it is no request (alone or with it)
     * and nothing said reaches a warning. A warning heard only as free text it could not match ("i've
     * been fine" as a symptom) is no warning.
     */
    private Optional<HeardSlot> polarSlotAnswer(SlotDef def, String said) {
        Optional<PolarLead> lead = polarLead(said);
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        SlotValue value = valueIndex.getOrDefault(def.type(), Map.of()).get(lead.get().word());
        if (value == null) {
            return Optional.empty();
        }
        Resolution whole = resolve(said);
        Resolution rest = resolve(lead.get().rest());
        if (!(noRequest(whole) || noRequest(rest)) || warns(whole) || warns(rest) || (insideSample(lead.get().word(), whole)
                && answerValue(def, whole).filter(meant -> !meant.id().equals(value.id())).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(new HeardSlot(def.name(), def.type(), lead.get().word(), Optional.of(value), true));
    }

    /** Whether a reading is no request of its own: the fallback, or only a yes, no or unsure answer. */
    private static boolean noRequest(Resolution r) {
        return r.isFallback() || ANSWER_INTENTS.contains(r.intent());
    }

    private static boolean warns(Resolution r) {
        return URGENT_INTENTS.contains(r.intent())
                && r.slots().values().stream().noneMatch(h -> h.heard() != null && h.match().isEmpty());
    }

    /** Intents that are themselves answers: while a slot is elicited, the slot reading wins over them. */
    static final java.util.Set<String> ANSWER_INTENTS = java.util.Set.of("AMAZON.YesIntent", "AMAZON.NoIntent", "UnsureIntent");

    /**
     * The last try for an elicited slot: the utterance is no other request (or only a yes/no/unsure
     * answer), every value of the slot's type found in it is the same value, and at most three
     * other words (fewer than the value's) come with it: "yep i do" is YES, "no nothing like that" NO.
     */
    private Optional<HeardSlot> nearSlotAnswer(SlotDef def, String said) {
        if (!model.isCustomType(def.type())) {
            return Optional.empty();
        }
        Optional<Candidate> asSaid = best(samplePool, said, false);
        if (asSaid.isPresent() && !ANSWER_INTENTS.contains(asSaid.get().sample().intent())) {
            return Optional.empty(); // the words as said are another request already
        }
        Resolution other = resolve(said);
        if (!noRequest(other)) {
            return Optional.empty();
        }
        Optional<SlotValue> meant = answerValue(def, other);
        Map<String, SlotValue> index = valueIndex.getOrDefault(def.type(), Map.of());
        String[] words = said.split(" ");
        SlotValue found = null;
        StringBuilder heardText = new StringBuilder();
        int covered = 0;
        int i = 0;
        while (i < words.length) {
            int bestEnd = -1;
            StringBuilder text = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + 6); j++) {
                if (j > i) {
                    text.append(' ');
                }
                text.append(words[j]);
                if (index.containsKey(text.toString())) {
                    bestEnd = j + 1;
                }
            }
            if (bestEnd < 0) {
                i++;
                continue;
            }
            SlotValue value = index.get(String.join(" ", java.util.Arrays.copyOfRange(words, i, bestEnd)));
            if (found != null && !found.id().equals(value.id())) {
                return Optional.empty(); // "yes no": no single answer
            }
            found = value;
            if (heardText.length() == 0) {
                heardText.append(String.join(" ", java.util.Arrays.copyOfRange(words, i, bestEnd)));
            }
            covered += bestEnd - i;
            i = bestEnd;
        }
        int extra = words.length - covered;
        if (found == null || extra > NearMatcher.MAX_EXTRA_WORDS || extra > covered + 1) {
            return Optional.empty();
        }
        if (meant.isPresent() && !meant.get().id().equals(found.id()) && insideSample(heardText.toString(), other)) {
            return Optional.empty(); // "no idea" holds "no" but is no "no": that "no" is part of "not sure"
        }
        return Optional.of(new HeardSlot(def.name(), def.type(), heardText.toString(), Optional.of(found), true));
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

    /**
     * The slot as Alexa would report it: ER_SUCCESS_MATCH with the value when the words are a value
     * or synonym (on the relaxed pass, also when they are one once filler words are dropped).
     * AMAZON.TIME is sent as a value ("21:30", "09:30", "NI"), never the words; none if no time was heard.
     */
    private HeardSlot heard(SlotDef def, String words, boolean relaxed) {
        if (isTime(def)) {
            return new HeardSlot(def.name(), def.type(), SpokenTime.parse(words).orElse(null), Optional.empty(), false);
        }
        boolean custom = model.isCustomType(def.type());
        Optional<SlotValue> match = Optional.empty();
        if (custom) {
            Map<String, SlotValue> index = valueIndex.getOrDefault(def.type(), Map.of());
            String said = normalize(words);
            SlotValue value = lookUp(index, said);
            if (value == null && relaxed) {
                value = lookUp(index, relax(said));
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
        boolean onlyGeneric = true;
        List<String> literals = new ArrayList<>();
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
                literals.add(token);
                onlyGeneric &= GENERIC.contains(token);
                regex.append(Pattern.quote(token));
            }
        }
        return new CompiledSample(intent, intentOrder, sample, Pattern.compile(regex.toString()), List.copyOf(slotNames),
                literalWords, builtInDefault, onlyGeneric && !slotNames.isEmpty(), literals.toArray(String[]::new));
    }
}
