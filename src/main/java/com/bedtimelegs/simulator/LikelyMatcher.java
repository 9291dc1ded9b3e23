package com.bedtimelegs.simulator;

import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resolver's last pass, standing in for Alexa's statistical intent classifier where no sample
 * fits word for word. The utterance and each sample become bags of word stems (filler words
 * dropped), with the values of the model's custom slot types and spoken times tagged as their slot
 * type. Each word weighs by how specific it is to one intent: a word in the samples of many intents
 * ("i", "my") weighs little, a word in one intent's samples much, and a word in no sample at all
 * most, so an off-topic word pulls an utterance towards Fallback. The score of a sample is the
 * weighted overlap of the two bags (Dice: twice the shared weight over both weights). The best
 * intent wins when its best sample scores at least {@link #THRESHOLD} and beats every other intent
 * by {@link #MARGIN}; otherwise nothing does. A sample and an utterance that disagree on negation
 * never match ("it's not gone" is no "it's gone"). Slots come only from tagged values (resolved
 * values, ER_SUCCESS_MATCH, or a time): each of a sample's slots must take a value of its type, and
 * a value whose type fits exactly one other slot of the intent fills that slot too.
 */
final class LikelyMatcher {
    static final double THRESHOLD = 0.6;
    static final double MARGIN = 0.06;
    /**
     * A long utterance dilutes the overlap with any one sample even when the request is clear ("turn
     * your voice down please, it's far too loud in here and my partner is sleeping"): past
     * {@link #LONG_FROM} words the threshold drops by {@link #LONG_STEP} a word, to no less than
     * {@link #LONG_FLOOR}, and a winner under {@link #THRESHOLD} must lead by {@link #LONG_MARGIN}.
     */
    static final int LONG_FROM = 8;
    static final double LONG_STEP = 0.04;
    static final double LONG_FLOOR = 0.45;
    static final double LONG_MARGIN = 0.1;

    /** The score a best sample needs in an utterance of this many words. */
    static double threshold(int words) {
        return words > LONG_FROM ? Math.max(LONG_FLOOR, THRESHOLD - LONG_STEP * (words - LONG_FROM)) : THRESHOLD;
    }
    /** A word in no sample weighs as if it were in half an intent's samples: out-of-domain evidence. */
    static final double UNKNOWN = 4.0;
    static final String TIME = UtteranceResolver.AMAZON_TIME;

    /** Negations for this pass: words that turn a statement round. */
    static final Set<String> NEGATIONS = Set.of(
            "not", "no", "don't", "dont", "isn't", "hasn't", "won't", "can't", "cannot", "didn't", "doesn't", "never",
            "nope", "nah", "stop", "haven't", "aren't", "wasn't", "hadn't", "couldn't", "wouldn't", "shouldn't");

    /**
     * Words that only say which way a statement goes, not what it is about: never a sample's most
     * telling word ("not really no" is no "no it's not"). Contracted negations ("hasn't", "didn't")
     * carry their verb and may be.
     */
    static final Set<String> POLARITY_ONLY = Set.of("not", "no", "nope", "nah", "never");

    /** Words that may start a spoken time. */
    private static final Set<String> TIME_STARTS = Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "half", "quarter", "midnight", "noon", "midday");

    private record Sample(String intent, int intentOrder, String text, List<String> stems, List<String> slotNames,
                          List<String> slotTypes, boolean negated) {
    }

    /** A sample's weights, fixed by {@link #seal()}: per stem, per slot, the most telling stem's, and the total. */
    private record Weighed(Sample sample, double[] stemWeights, double[] slotWeights, double anchor, double total) {
    }

    /** A run of utterance words that is a value of a slot type (or a time). */
    private record Span(int start, int end, String text, Set<String> types) {
    }

    /** The winning reading: the intent, its sample, the score, and slot name to the words heard. */
    record Match(String intent, String sample, double score, Map<String, String> slots) {
    }

    private final Map<String, Map<String, SlotValue>> valueIndex;
    private final List<Sample> samples = new ArrayList<>();
    /** Per intent, its slots' names by type (for values the sample has no place for). */
    private final Map<String, Map<String, List<String>>> slotsByType = new HashMap<>();
    private final Map<String, Set<String>> intentsByFeature = new HashMap<>();
    private final Set<String> intents = new HashSet<>();
    private Map<String, Double> weights = Map.of();
    /** Per stem, the samples whose most telling word it is: only those can match an utterance that has it. */
    private final Map<String, List<Weighed>> byAnchor = new HashMap<>();
    /** Every type's values by their words, for tagging. */
    private final Map<String, Set<String>> typesByWords = new HashMap<>();

    /** Value words that are values only once fillers are dropped: they hold no negation of their own. */
    private final Set<String> relaxedOnly;

    LikelyMatcher(Map<String, Map<String, SlotValue>> valueIndex, Set<String> relaxedOnly) {
        this.valueIndex = valueIndex;
        this.relaxedOnly = relaxedOnly;
    }

    /** Adds a sample already normalised and relaxed; slot names map to their types. */
    void add(String intent, int intentOrder, String text, String relaxed, Map<String, String> slotTypes) {
        intents.add(intent);
        Map<String, List<String>> byType = slotsByType.computeIfAbsent(intent, k -> new HashMap<>());
        slotTypes.forEach((name, type) -> {
            List<String> names = byType.computeIfAbsent(type, k -> new ArrayList<>());
            if (!names.contains(name)) {
                names.add(name);
            }
        });
        if (relaxed.isEmpty()) {
            return;
        }
        List<String> stems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        boolean negated = false;
        for (String token : relaxed.split(" ")) {
            if (token.startsWith("{") && token.endsWith("}")) {
                String name = token.substring(1, token.length() - 1);
                String type = slotTypes.get(name);
                if (type == null || !(valueIndex.containsKey(type) || TIME.equals(type))) {
                    return; // free-text slot types: this pass cannot vouch for a value
                }
                names.add(name);
                types.add(type);
                feature(slotFeature(type), intent);
            } else {
                negated |= isNegation(token);
                String stem = NearMatcher.stem(token);
                stems.add(stem);
                feature(stem, intent);
            }
        }
        if (stems.stream().allMatch(stem -> isGeneric(stem) || POLARITY_ONLY.contains(stem))) {
            return; // a bare "{slot}", "what now" or "no not": nothing in it tells one request from another
        }
        samples.add(new Sample(intent, intentOrder, text, stems, names, types, negated));
    }

    /** Small words, question words and carrier words: they never make a sample specific. */
    static boolean isGeneric(String stem) {
        return NearMatcher.LIGHT.contains(stem) || UtteranceResolver.QUESTION_WORDS.contains(stem)
                || UtteranceResolver.GENERIC.contains(stem);
    }

    private void feature(String feature, String intent) {
        intentsByFeature.computeIfAbsent(feature, k -> new HashSet<>()).add(intent);
    }

    /** Fixes the word weights once every sample is in. */
    void seal() {
        Map<String, Double> w = new HashMap<>();
        int n = intents.size();
        intentsByFeature.forEach((feature, in) -> w.put(feature, Math.log(1.0 + (double) n / in.size())));
        weights = w;
        for (Sample sample : samples) {
            double[] stemWeights = new double[sample.stems().size()];
            double anchor = 0;
            double total = 0;
            for (int i = 0; i < stemWeights.length; i++) {
                stemWeights[i] = weight(sample.stems().get(i));
                if (!POLARITY_ONLY.contains(sample.stems().get(i))) {
                    anchor = Math.max(anchor, stemWeights[i]); // "not" says which way, not what about
                }
                total += stemWeights[i];
            }
            double[] slotWeights = new double[sample.slotTypes().size()];
            for (int i = 0; i < slotWeights.length; i++) {
                slotWeights[i] = weight(slotFeature(sample.slotTypes().get(i)));
                total += slotWeights[i];
            }
            Weighed weighed = new Weighed(sample, stemWeights, slotWeights, anchor, total);
            Set<String> anchors = new HashSet<>();
            for (int i = 0; i < stemWeights.length; i++) {
                if (stemWeights[i] >= anchor - 1e-9 && !POLARITY_ONLY.contains(sample.stems().get(i))) {
                    anchors.add(sample.stems().get(i));
                }
            }
            anchors.forEach(a -> byAnchor.computeIfAbsent(a, k -> new ArrayList<>()).add(weighed));
        }
        valueIndex.forEach((type, index) -> index.keySet()
                .forEach(words -> typesByWords.computeIfAbsent(words, k -> new HashSet<>()).add(type)));
    }

    private double unknownWeight() {
        return Math.log(1.0 + UNKNOWN * intents.size());
    }

    private double weight(String feature) {
        return weights.getOrDefault(feature, unknownWeight());
    }

    private static String slotFeature(String type) {
        return "{" + type + "}";
    }

    private static boolean isNegation(String token) {
        return NEGATIONS.contains(token) || token.endsWith("n't");
    }

    /**
     * "still" says a state goes on: said but not in the sample, it weighs between a word of one intent
     * and a word in no sample ({@code ln(1 + 1.3 × intents)}), so "it's still going" leans to "it's still there" rather than "it's going", while
     * "i still want a stretch" stays a stretch.
     */
    static final String STILL = "still";
    static final double STILL_FACTOR = 1.3;

    /**
     * A request said in two parts ("my hamstrings are so tight, can you stretch them out with me")
     * may match two samples of one intent together: of utterances of at least this many words, the
     * best {@link #PAIR_TOP} samples of each intent are tried in pairs.
     */
    static final int PAIR_MIN_WORDS = 4;
    static final int PAIR_TOP = 3;

    private record Scored(Weighed weighed, double score) {
    }

    /** An intent's best reading so far: its sample (or joined pair), the spans its slots took, its score. */
    private record Leader(Sample sample, Map<String, Integer> use, double score) {
    }

    /** Keeps the reading as its intent's leader if it scores higher than the intent's best so far. */
    private static void lead(Map<String, Leader> leaders, Sample sample, Map<String, Integer> use, double score) {
        Leader current = leaders.get(sample.intent());
        if (current == null || score > current.score()) {
            leaders.put(sample.intent(), new Leader(sample, use, score));
        }
    }

    /** The best reading of a relaxed utterance, if one is likely enough. */
    Optional<Match> match(String relaxedUtterance) {
        if (relaxedUtterance.isEmpty()) {
            return Optional.empty();
        }
        String[] words = relaxedUtterance.split(" ");
        String[] stems = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            stems[i] = NearMatcher.stem(words[i]);
        }
        List<Span> spans = tag(words);
        List<Integer> negations = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (isNegation(words[i]) && !inAPhrase(i, spans) && !leadingAnswer(i, words)) {
                negations.add(i);
            }
        }
        boolean negated = !negations.isEmpty();
        Sample best = null;
        double bestScore = -1;
        Map<String, Integer> bestUse = null;
        Map<String, List<Scored>> scored = new LinkedHashMap<>();
        Map<String, Leader> leaders = new HashMap<>();
        Set<Weighed> candidates = new java.util.LinkedHashSet<>();
        for (String stem : stems) {
            candidates.addAll(byAnchor.getOrDefault(stem, List.of()));
        }
        for (Weighed weighed : candidates) {
            Sample sample = weighed.sample();
            if (sample.negated() ? !negated : negated && inScope(negations, words, stems, sample)) {
                continue; // negation must agree ("it's not easing" is no "it's easing")
            }
            Map<String, Integer> use = new LinkedHashMap<>();
            double score = score(weighed, stems, spans, use);
            lead(leaders, sample, use, score);
            if (score > bestScore || (score == bestScore && best != null && tieBefore(sample, best))) {
                best = sample;
                bestScore = score;
                bestUse = use;
            }
            if (score > 0) {
                scored.computeIfAbsent(sample.intent(), k -> new ArrayList<>()).add(new Scored(weighed, score));
            }
        }
        if (words.length >= PAIR_MIN_WORDS) {
            for (List<Scored> list : scored.values()) {
                list.sort((x, y) -> Double.compare(y.score(), x.score()));
                List<Scored> top = list.subList(0, Math.min(PAIR_TOP, list.size()));
                for (Scored a : top) {
                    for (Scored b : top) {
                        if (a == b) {
                            continue;
                        }
                        Map<String, Integer> use = new LinkedHashMap<>();
                        double score = pairScore(a.weighed(), b.weighed(), stems, spans, use);
                        Leader current = leaders.get(a.weighed().sample().intent());
                        if (score <= current.score() && score <= bestScore) {
                            continue; // neither leads: no need to join the two samples
                        }
                        Sample pair = joined(a.weighed().sample(), b.weighed().sample());
                        lead(leaders, pair, use, score);
                        if (score > bestScore) {
                            best = pair;
                            bestScore = score;
                            bestUse = use;
                        }
                    }
                }
            }
        }
        double threshold = threshold(words.length);
        if (best == null || bestScore < threshold) {
            return Optional.empty();
        }
        String winner = best.intent();
        Leader second = leaders.values().stream().filter(l -> !l.sample().intent().equals(winner))
                .max(java.util.Comparator.comparingDouble(Leader::score)).orElse(null);
        double other = second == null ? 0 : second.score();
        if (bestScore - other < (bestScore < THRESHOLD ? LONG_MARGIN : MARGIN)) {
            // A near tie goes to the intent whose samples use more of what was said: "use your regular
            // voice" is near "use your quiet voice", but no quiet-voice sample says "regular".
            if (second == null) {
                return Optional.empty();
            }
            double mine = unused(winner, stems, spans);
            double theirs = unused(second.sample().intent(), stems, spans);
            if (mine < theirs - 1e-9 && bestScore >= threshold) {
                return Optional.of(new Match(winner, best.text(), bestScore, slots(best, spans, bestUse)));
            }
            if (theirs < mine - 1e-9 && other >= threshold) {
                return Optional.of(new Match(second.sample().intent(), second.sample().text(), other,
                        slots(second.sample(), spans, second.use())));
            }
            return Optional.empty();
        }
        return Optional.of(new Match(winner, best.text(), bestScore, slots(best, spans, bestUse)));
    }

    /**
     * Whether the word at {@code at} is inside a tagged value of several words as the model writes it: a
     * negation in such a value ("not able to breathe", "i'm not sure") is part of the value, not of the
     * request; a value of one word ("no") is no phrase. A value that is one only once filler words are dropped ("not", from "not really") is
     * no such phrase: "it's not easing" is negated.
     */
    private boolean inAPhrase(int at, List<Span> spans) {
        for (Span span : spans) {
            if (span.start() <= at && at < span.end() && span.end() - span.start() > 1 && !relaxedOnly.contains(span.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the negation at {@code at} opens the reply as an answer, one of
     * {@link UtteranceResolver#POLAR_LEADS} ("nope still knotted up": it says
     * the cramp has not gone, it does not negate "still knotted up"), unless a word such as "more" or
     * "need" carries it on to what follows ("no more quiet mode").
     */
    private static boolean leadingAnswer(int at, String[] words) {
        return at == 0 && UtteranceResolver.POLAR_LEADS.containsKey(words[0])
                && (words.length == 1 || !NEGATION_CARRIERS.contains(words[1]));
    }

    /** Words a negation reaches through: "no more quiet mode" and "no need to whisper" negate what follows. */
    static final Set<String> NEGATION_CARRIERS = Set.of("more", "longer", "need", "any", "anymore");

    /**
     * Whether a negation the sample lacks bears on the sample's words: a negation negates the word it
     * comes before (small words and "more", "longer", "need" skipped; a contraction such as "isn't" also its own verb), so "it's
     * not easing" is no "it's easing", while in "i'm not able to sleep my legs feel restless" the "not"
     * is about being able, not about restless legs. A negation at the end bears on everything.
     */
    private static boolean inScope(List<Integer> negations, String[] words, String[] stems, Sample sample) {
        for (int at : negations) {
            if (words[at].endsWith("n't") && sample.stems().contains(stems[at].substring(0, stems[at].length() - 3))) {
                return true; // "hasn't eased" against "it has eased"
            }
            int next = at + 1;
            while (next < words.length && (NearMatcher.LIGHT.contains(words[next]) || isNegation(words[next])
                    || NEGATION_CARRIERS.contains(words[next]))) {
                next++;
            }
            if (next == words.length || sample.stems().contains(stems[next])) {
                return true;
            }
        }
        return false;
    }

    private static boolean tieBefore(Sample a, Sample b) {
        if (a.intentOrder() != b.intentOrder()) {
            return a.intentOrder() < b.intentOrder();
        }
        return a.text().compareTo(b.text()) < 0;
    }

    /**
     * Dice overlap of the sample and the utterance. {@code use} receives, per slot of the sample
     * that found a value, the index of the span it took.
     */
    private double score(Weighed weighed, String[] stems, List<Span> spans, Map<String, Integer> use) {
        boolean[] covered = new boolean[stems.length];
        double shared = cover(weighed, stems, spans, use, covered, new boolean[spans.size()]);
        if (shared < 0) {
            return 0;
        }
        return 2 * shared / (weighed.total() + utteranceWeight(shared, stems, covered));
    }

    private double utteranceWeight(double shared, String[] stems, boolean[] covered) {
        double utteranceWeight = shared;
        for (int i = 0; i < stems.length; i++) {
            if (!covered[i]) {
                utteranceWeight += STILL.equals(stems[i]) ? Math.log(1.0 + STILL_FACTOR * intents.size()) : weight(stems[i]);
            }
        }
        return utteranceWeight;
    }

    /**
     * Two samples of one intent that together say the request in two parts ("my hamstrings are so
     * tight" + "can you stretch them out with me"): each must be anchored on words the other did not
     * take, and their slots must differ; scored as one bag of both samples against the utterance.
     */
    double pairScore(Weighed a, Weighed b, String[] stems, List<Span> spans, Map<String, Integer> use) {
        boolean[] covered = new boolean[stems.length];
        boolean[] spanUsed = new boolean[spans.size()];
        Map<String, Integer> useB = new LinkedHashMap<>();
        double sharedA = cover(a, stems, spans, use, covered, spanUsed);
        if (sharedA < 0) {
            return 0;
        }
        double sharedB = cover(b, stems, spans, useB, covered, spanUsed);
        if (sharedB < 0 || useB.keySet().stream().anyMatch(use::containsKey)) {
            return 0;
        }
        use.putAll(useB);
        double shared = sharedA + sharedB;
        return 2 * shared / (a.total() + b.total() + utteranceWeight(shared, stems, covered));
    }

    /** Two samples of one intent as one, for the slots and the report. */
    private static Sample joined(Sample a, Sample b) {
        List<String> stems = new ArrayList<>(a.stems());
        stems.addAll(b.stems());
        List<String> names = new ArrayList<>(a.slotNames());
        names.addAll(b.slotNames());
        List<String> types = new ArrayList<>(a.slotTypes());
        types.addAll(b.slotTypes());
        return new Sample(a.intent(), a.intentOrder(), a.text() + " + " + b.text(), stems, names, types,
                a.negated() || b.negated());
    }

    /** The weight of the utterance's words the sample takes (marking them covered), or -1 if it does not fit. */
    private double cover(Weighed weighed, String[] stems, List<Span> spans, Map<String, Integer> use,
                         boolean[] covered, boolean[] spanUsed) {
        Sample sample = weighed.sample();
        double shared = 0;
        for (int s = 0; s < weighed.slotWeights().length; s++) {
            String type = sample.slotTypes().get(s);
            for (int k = 0; k < spans.size(); k++) {
                Span span = spans.get(k);
                if (!spanUsed[k] && span.types().contains(type) && free(covered, span)) {
                    spanUsed[k] = true;
                    for (int i = span.start(); i < span.end(); i++) {
                        covered[i] = true;
                    }
                    shared += weighed.slotWeights()[s];
                    use.put(sample.slotNames().get(s), k);
                    break;
                }
            }
        }
        if (use.size() < weighed.slotWeights().length) {
            return -1; // a sample with a slot needs a value for it, as on Alexa
        }
        boolean anchored = false;
        for (int t = 0; t < weighed.stemWeights().length; t++) {
            String stem = sample.stems().get(t);
            for (int i = 0; i < stems.length; i++) {
                if (!covered[i] && stems[i].equals(stem)) {
                    covered[i] = true;
                    shared += weighed.stemWeights()[t];
                    anchored |= weighed.stemWeights()[t] >= weighed.anchor() - 1e-9 && !POLARITY_ONLY.contains(stem);
                    break;
                }
            }
        }
        return anchored ? shared : -1; // -1: the sample's most telling word was not said
    }

    /** The weight of the utterance's words (outside tagged values) that no sample of the intent uses. */
    private double unused(String intent, String[] stems, List<Span> spans) {
        double sum = 0;
        for (int i = 0; i < stems.length; i++) {
            final int at = i;
            if (spans.stream().anyMatch(sp -> sp.start() <= at && at < sp.end())) {
                continue;
            }
            Set<String> users = intentsByFeature.get(stems[i]);
            if (users == null || !users.contains(intent)) {
                sum += weight(stems[i]);
            }
        }
        return sum;
    }

    private static boolean free(boolean[] covered, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    /** The sample's slots, then any other tagged value whose type fits exactly one empty slot of the intent. */
    private Map<String, String> slots(Sample sample, List<Span> spans, Map<String, Integer> use) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        use.forEach((name, k) -> {
            out.put(name, spans.get(k).text());
            taken.add(k);
        });
        Map<String, List<String>> byType = slotsByType.getOrDefault(sample.intent(), Map.of());
        for (int k = 0; k < spans.size(); k++) {
            if (taken.contains(k)) {
                continue;
            }
            if (sharesAWordWith(sample, spans.get(k))) {
                continue; // "before bed" in "can we stretch before bed" is the sample's own words, not a routine
            }
            for (String type : spans.get(k).types()) {
                List<String> names = byType.getOrDefault(type, List.of());
                if (names.size() == 1 && !out.containsKey(names.get(0)) && overlapsNone(spans, taken, spans.get(k))) {
                    out.put(names.get(0), spans.get(k).text());
                    taken.add(k);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean sharesAWordWith(Sample sample, Span span) {
        for (String word : span.text().split(" ")) {
            if (sample.stems().contains(NearMatcher.stem(word))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsNone(List<Span> spans, Set<Integer> taken, Span span) {
        for (int k : taken) {
            Span t = spans.get(k);
            if (span.start() < t.end() && t.start() < span.end()) {
                return false;
            }
        }
        return true;
    }

    /** Words before a lone number that make it a time ("at nine"); without one, "keep one reminder" holds no time. */
    static final Set<String> TIME_PREPOSITIONS = Set.of(
            "at", "for", "around", "about", "to", "by", "until", "till", "til", "before", "after", "from", "past", "say");
    private static final Set<String> PARTS_OF_A_DAY_WORDS = Set.of("midnight", "noon", "midday");

    /**
     * Every run of words (up to six) that is a value or synonym of a custom type, or a spoken time (a lone
     * number only after "at", "for", "around"...: "keep one reminder" is no reminder at one o'clock).
     */
    private List<Span> tag(String[] words) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + 6); j++) {
                if (j > i) {
                    text.append(' ');
                }
                text.append(words[j]);
                String t = text.toString();
                Set<String> types = new HashSet<>(typesByWords.getOrDefault(t, Set.of()));
                boolean loneNumber = j == i && !PARTS_OF_A_DAY_WORDS.contains(words[i])
                        && (i == 0 || !TIME_PREPOSITIONS.contains(words[i - 1]));
                if ((TIME_STARTS.contains(words[i]) || Character.isDigit(words[i].charAt(0)))
                        && !loneNumber && SpokenTime.parse(t).isPresent()) {
                    types.add(TIME);
                }
                if (!types.isEmpty()) {
                    spans.add(new Span(i, j + 1, t, types));
                }
            }
        }
        // Longest first, so "back of my thigh" is tried before "thigh".
        spans.sort((a, b) -> a.end() - a.start() != b.end() - b.start()
                ? (b.end() - b.start()) - (a.end() - a.start()) : a.start() - b.start());
        return spans;
    }
}
