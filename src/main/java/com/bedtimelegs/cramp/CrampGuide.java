package com.bedtimelegs.cramp;

import com.bedtimelegs.content.Resources;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.content.Loaded;
import com.bedtimelegs.content.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What to say while a cramp has hold of someone: per-muscle techniques and the shared words
 * around them. Read once from {@value #RESOURCE} and checked when loaded, so a bad edit to the
 * data fails the build instead of a person in pain.
 */
public record CrampGuide(List<MuscleGuide> muscles, List<String> holdCues, String holdEnd,
                         List<String> whenItLetsGo, List<String> aftercare, String prevention,
                         Map<String, String> sources) {
    public static final String RESOURCE = "/cramp/guide.json";
    /** Muscles the interaction model's MUSCLE slot type can name. */
    public static final List<String> MUSCLE_IDS = List.of("CALF", "HAMSTRING", "QUAD", "FOOT");
    /** The answer when the muscle is unknown: safe for any leg muscle. */
    public static final String GENERAL = "GENERAL";
    /** Someone in pain, in the dark: the first sentence must be short. */
    public static final int MAX_ACTION_WORDS = 8;
    public static final int MIN_HOLD_SECONDS = 10;
    public static final int MAX_HOLD_SECONDS = 30;

    /** The advice around the techniques; each must name its source in the file's "sources". */
    static final List<String> SOURCED_FIELDS = List.of("whenItLetsGo", "aftercare", "prevention");

    private static final Loaded<CrampGuide> GUIDE = Loaded.of(() -> parse(Resources.text(RESOURCE)));

    /** The guide, loaded and validated on first use. */
    public static CrampGuide get() {
        return GUIDE.get();
    }

    /** Parses and validates guide JSON; throws with every problem listed. */
    public static CrampGuide parse(String json) {
        CrampGuide data = Json.read(json, CrampGuide.class, "cramp guide");
        List<String> problems = problems(data);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("cramp guide has problems:\n  " + String.join("\n  ", problems));
        }
        return data;
    }

    static List<String> problems(CrampGuide data) {
        List<String> problems = new ArrayList<>();
        if (data == null || data.muscles() == null) {
            problems.add("no muscles");
            return problems;
        }
        List<String> seen = new ArrayList<>();
        for (MuscleGuide muscle : data.muscles()) {
            String id = muscle.id();
            if (id == null || blank(muscle.name())) {
                problems.add("a muscle without an id or name");
                continue;
            }
            if (seen.contains(id)) {
                problems.add(id + " appears twice");
            }
            seen.add(id);
            if (!MUSCLE_IDS.contains(id) && !GENERAL.equals(id)) {
                problems.add(id + " is not a MUSCLE slot id or " + GENERAL);
            }
            if (muscle.techniques().size() < 2) {
                problems.add(id + " needs at least two techniques, so 'still cramping' has somewhere to go");
            }
            for (int i = 0; i < muscle.techniques().size(); i++) {
                Technique t = muscle.techniques().get(i);
                String where = id + " technique " + (i + 1);
                if (blank(t.action())) {
                    problems.add(where + " has no action");
                } else if (words(t.action()) > MAX_ACTION_WORDS) {
                    problems.add(where + " action is " + words(t.action()) + " words, over " + MAX_ACTION_WORDS
                            + ": " + t.action());
                }
                if (t.how().isEmpty() || t.how().stream().anyMatch(CrampGuide::blank)) {
                    problems.add(where + " needs short how-to sentences");
                }
                boolean generalOpening = GENERAL.equals(id) && i == 0; // asks where, no hold
                if (!Sources.cites(t.source())) {
                    problems.add(where + " source " + Sources.expected());
                }
                if (t.holdSeconds() == 0 && !generalOpening) {
                    problems.add(where + " needs a timed hold");
                }
                if (t.holdSeconds() != 0) {
                    if (t.holdSeconds() < MIN_HOLD_SECONDS || t.holdSeconds() > MAX_HOLD_SECONDS) {
                        problems.add(where + " hold of " + t.holdSeconds() + " s is outside "
                                + MIN_HOLD_SECONDS + "-" + MAX_HOLD_SECONDS + " s");
                    } else if (!t.hold().toLowerCase(Locale.ROOT).contains(secondsInWords(t.holdSeconds()))) {
                        problems.add(where + " hold sentence does not say " + secondsInWords(t.holdSeconds()) + ": " + t.hold());
                    }
                }
            }
        }
        for (String id : MUSCLE_IDS) {
            if (!seen.contains(id)) {
                problems.add("no entry for muscle " + id);
            }
        }
        if (!seen.contains(GENERAL)) {
            problems.add("no " + GENERAL + " entry for an unknown muscle");
        }
        requireSentences(problems, "holdCues", data.holdCues());
        requireSentences(problems, "whenItLetsGo", data.whenItLetsGo());
        requireSentences(problems, "aftercare", data.aftercare());
        for (String field : SOURCED_FIELDS) {
            if (data.sources() == null || !Sources.cites(data.sources().get(field))) {
                problems.add("sources." + field + " " + Sources.expected());
            }
        }
        if (blank(data.holdEnd())) {
            problems.add("holdEnd is empty");
        }
        if (blank(data.prevention())) {
            problems.add("prevention is empty");
        }
        return problems;
    }

    private static void requireSentences(List<String> problems, String field, List<String> sentences) {
        if (sentences == null || sentences.isEmpty() || sentences.stream().anyMatch(CrampGuide::blank)) {
            problems.add(field + " needs at least one sentence and no empty ones");
        }
    }

    /** The guide for a MUSCLE slot id; the general guide for null or an id it doesn't know. */
    public MuscleGuide muscle(String id) {
        return find(id).or(() -> find(GENERAL)).orElseThrow();
    }

    /** True for an id with its own guide (GENERAL included). */
    public boolean knows(String id) {
        return find(id).isPresent();
    }

    private Optional<MuscleGuide> find(String id) {
        return muscles.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    static int words(String sentence) {
        String s = sentence.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /** 10 to 30 in steps of five, as words: holds are spoken, not read. */
    public static String secondsInWords(int seconds) {
        return switch (seconds) {
            case 10 -> "ten";
            case 15 -> "fifteen";
            case 20 -> "twenty";
            case 25 -> "twenty-five";
            case 30 -> "thirty";
            default -> String.valueOf(seconds);
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
