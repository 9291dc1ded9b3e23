package com.bedtimelegs.simulator;

import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolver's last, most cautious pass, standing in for the way Alexa's statistical model
 * generalises a little beyond the samples: a sample matches when all its words appear in order in
 * the utterance (filler words dropped on both sides), every slot is filled by a known value
 * (ER_SUCCESS_MATCH only; no free text here), the utterance adds at most three other words, fewer
 * than the sample accounts for and none when a small word of the sample is missing (a value of several words counts once; plural and possessive endings are ignored), no added word is a negation, and at most one small
 * word of the sample ("a", "my", "this"...) is missing. Samples of one word, or of small words
 * only, never match this way.
 */
final class NearMatcher {
    static final int MAX_EXTRA_WORDS = 3;

    /** Small words a sample may lose once, and that alone never make a sample specific. */
    static final Set<String> LIGHT = Set.of(
            "i", "a", "an", "the", "my", "me", "this", "that", "it", "it's", "is", "are", "to", "of", "in", "on", "for",
            "do", "some", "with", "up", "at", "be", "am", "i'm", "i've", "have", "has", "got", "can", "you", "we",
            "will", "would", "could", "your", "and", "there", "there's");

    /** An added negation changes the meaning: "it's not better" is no "it's better", "it's still going" no "it's going". */
    static final Set<String> NEGATIONS = Set.of(
            "not", "no", "don't", "dont", "isn't", "hasn't", "won't", "can't", "cannot", "didn't", "doesn't", "never",
            "nothing", "nope", "nah", "haven't", "aren't", "wasn't", "without", "stop", "less", "still");

    record Sample(String intent, int intentOrder, String text, boolean builtInDefault, String[] tokens,
                  String[] slotNames, String[] slotTypes, String[] stems) {
        Sample(String intent, int intentOrder, String text, boolean builtInDefault, String[] tokens,
               String[] slotNames, String[] slotTypes) {
            this(intent, intentOrder, text, builtInDefault, tokens, slotNames, slotTypes, stems(tokens));
        }

        /** Each token's {@link #stem}, made once with the sample rather than per utterance. */
        private static String[] stems(String[] tokens) {
            String[] out = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                out[i] = tokens[i] == null ? null : stem(tokens[i]);
            }
            return out;
        }
    }

    /** {@code telling}: how many of the extra words are not small words ("can we" tells less than "moment"). */
    record Match(Sample sample, Map<String, String> heardBySlot, Map<String, SlotValue> valueBySlot, int extra, int skipped,
                 int units, int telling) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, Map<String, SlotValue>> valueIndex;

    NearMatcher(Map<String, Map<String, SlotValue>> valueIndex) {
        this.valueIndex = valueIndex;
    }

    /** Adds a sample already normalised and relaxed; slot names map to their types. */
    void add(String intent, int intentOrder, String text, boolean builtInDefault, String relaxed, Map<String, String> slotTypes) {
        String[] tokens = relaxed.isEmpty() ? new String[0] : relaxed.split(" ");
        String[] names = new String[tokens.length];
        String[] types = new String[tokens.length];
        boolean specific = false;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                names[i] = t.substring(1, t.length() - 1);
                types[i] = slotTypes.get(names[i]);
                if (types[i] == null || !valueIndex.containsKey(types[i])) {
                    return; // a slot of a built-in type: this pass cannot vouch for its value
                }
            } else if (!LIGHT.contains(t)) {
                specific = true;
            }
        }
        if (tokens.length >= 2 && specific) {
            samples.add(new Sample(intent, intentOrder, text, builtInDefault, tokens, names, types));
        }
    }

    int size() {
        return samples.size();
    }

    /**
     * Samples by their rarest word that is no small word and no slot: a sample can match only an
     * utterance that says that word (only small words may be missing), so only those are tried.
     * Built by {@link #seal()} once every sample is added.
     */
    private Map<String, List<Sample>> byAnchor = Map.of();

    /** Indexes the samples added so far; call once after the last {@link #add}. */
    void seal() {
        byAnchor = RarestKey.index(samples, sample -> {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < sample.tokens().length; i++) {
                if (sample.slotTypes()[i] == null && !LIGHT.contains(sample.tokens()[i])) {
                    words.add(sample.stems()[i]);
                }
            }
            return words;
        }, new ArrayList<>()); // every sample kept has such a word (add() requires one)
    }

    /** Every sample that matches the relaxed utterance this way. */
    List<Match> matches(String relaxedUtterance) {
        List<Match> out = new ArrayList<>();
        if (relaxedUtterance.isEmpty()) {
            return out;
        }
        String[] words = relaxedUtterance.split(" ");
        Map<String, List<Unit>> tagged = new LinkedHashMap<>();
        Map<String, List<Sample>> index = byAnchor;
        java.util.Set<String> said = new java.util.LinkedHashSet<>();
        for (String word : words) {
            said.add(stem(word));
        }
        List<Sample> candidates = new ArrayList<>();
        for (String stem : said) {
            candidates.addAll(index.getOrDefault(stem, List.of()));
        }
        for (Sample sample : candidates) {
            StringBuilder key = new StringBuilder();
            for (String type : sample.slotTypes()) {
                if (type != null && key.indexOf("|" + type + "|") < 0) {
                    key.append('|').append(type).append('|');
                }
            }
            List<Unit> units = tagged.computeIfAbsent(key.toString(), k -> tag(words, k));
            Match m = match(sample, units);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /** A word of the utterance, or a run of words that is a value of a slot type. */
    private record Unit(String word, String type, String text, int length, String stem) {
        Unit(String word, String type, String text, int length) {
            this(word, type, text, length, word == null ? null : NearMatcher.stem(word));
        }
    }

    /** The utterance with the longest values of the given types (left to right) made single units. */
    private List<Unit> tag(String[] words, String typeKey) {
        List<String> types = new ArrayList<>();
        for (String part : typeKey.split("\\|")) {
            if (!part.isEmpty()) {
                types.add(part);
            }
        }
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            Unit best = null;
            for (String type : types) {
                Map<String, SlotValue> index = valueIndex.get(type);
                StringBuilder text = new StringBuilder();
                for (int j = i; j < Math.min(words.length, i + 7); j++) {
                    if (j > i) {
                        text.append(' ');
                    }
                    text.append(words[j]);
                    if (index.containsKey(text.toString()) && (best == null || j + 1 - i > best.length())) {
                        best = new Unit(null, type, text.toString(), j + 1 - i);
                    }
                }
            }
            if (best != null) {
                units.add(best);
                i += best.length();
            } else {
                units.add(new Unit(words[i], null, words[i], 1));
                i++;
            }
        }
        return units;
    }

    /** Words whose last letters are no ending: "news" is not "new". */
    private static final Set<String> UNSTEMMED = Set.of("news", "always", "perhaps", "does", "this", "thus", "plus");

    /** Plural, possessive and -ing endings do not change the request: "legs", "leg's" are "leg", "stretching" "stretch". */
    static String stem(String word) {
        if (UNSTEMMED.contains(word)) {
            return word;
        }
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (w.length() > 6 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    private Match match(Sample sample, List<Unit> units) {
        int pos = 0;
        int consumed = 0;
        int skipped = 0;
        boolean[] used = new boolean[units.size()];
        Map<String, String> heard = new LinkedHashMap<>();
        Map<String, SlotValue> values = new LinkedHashMap<>();
        for (int i = 0; i < sample.tokens().length; i++) {
            String type = sample.slotTypes()[i];
            String token = sample.tokens()[i];
            String tokenStem = sample.stems()[i];
            int k = pos;
            while (k < units.size() && !(type != null ? type.equals(units.get(k).type())
                    : units.get(k).type() == null && units.get(k).stem().equals(tokenStem))) {
                k++;
            }
            if (k == units.size()) {
                if (type == null && LIGHT.contains(token) && skipped == 0) {
                    skipped++;
                    continue;
                }
                return null;
            }
            used[k] = true;
            consumed++;
            pos = k + 1;
            if (type != null) {
                heard.put(sample.slotNames()[i], units.get(k).text());
                values.put(sample.slotNames()[i], valueIndex.get(type).get(units.get(k).text()));
            }
        }
        int extra = units.size() - consumed;
        if (extra > MAX_EXTRA_WORDS || extra >= consumed || (extra > 0 && skipped > 0)) {
            return null;
        }
        int telling = 0;
        for (int j = 0; j < units.size(); j++) {
            if (!used[j] && units.get(j).type() == null && NEGATIONS.contains(units.get(j).word())) {
                return null;
            }
            if (!used[j] && (units.get(j).type() != null || !LIGHT.contains(units.get(j).word()))) {
                telling++;
            }
        }
        return new Match(sample, heard, values, extra, skipped, sample.tokens().length, telling);
    }
}
