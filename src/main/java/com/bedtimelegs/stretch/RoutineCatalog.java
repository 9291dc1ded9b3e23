package com.bedtimelegs.stretch;

import com.bedtimelegs.content.Resources;
import com.bedtimelegs.content.Sources;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.content.Loaded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The stretches and routines from {@value #RESOURCE}, loaded and checked once. A file that breaks
 * a rule (unknown stretch, hold out of range, a standing stretch in an in-bed routine...) is
 * refused with every problem listed, so a bad edit fails the build instead of a user's night.
 */
public final class RoutineCatalog {
    public static final String RESOURCE = "/stretch/routines.json";
    public static final int MIN_HOLD_SECONDS = 5;
    public static final int MAX_HOLD_SECONDS = 60;
    public static final int MIN_REPS = 1;
    public static final int MAX_REPS = 10;

    private final Map<String, Stretch> stretches;
    private final Map<String, Routine> routines;

    private RoutineCatalog(Map<String, Stretch> stretches, Map<String, Routine> routines) {
        this.stretches = Collections.unmodifiableMap(stretches);
        this.routines = Collections.unmodifiableMap(routines);
    }

    private static final Loaded<RoutineCatalog> CATALOG = Loaded.of(() -> parse(Resources.text(RESOURCE), RESOURCE));

    /** The catalog from the classpath, loaded and validated on first use. */
    public static RoutineCatalog get() {
        return CATALOG.get();
    }

    /** The file's shape: words and numbers as written; {@link #parse} checks them and builds the domain records. */
    record File(List<StretchEntry> stretches, List<RoutineEntry> routines) {
    }

    record StretchEntry(String id, String name, String muscle, String target, String position, String setup,
                        String holdCue, Integer holdSeconds, List<String> sides, Integer reps, String safety,
                        String limb, boolean movement, String source) {
    }

    record RoutineEntry(String id, String kind, String focus, boolean inBed, String name, Integer minutes,
                        String intro, List<ItemEntry> items) {
    }

    record ItemEntry(String stretch, Integer reps) {
    }

    /** Reads and validates catalog JSON; {@code source} names it in error messages. */
    public static RoutineCatalog parse(String json, String source) {
        File file = Json.read(json, File.class, source);
        List<String> problems = new ArrayList<>();
        Map<String, Stretch> stretches = readAll(file.stretches(), "stretches", "stretch", StretchEntry::id,
                RoutineCatalog::stretch, problems);
        Map<String, Routine> routines = readAll(file.routines(), "routines", "routine", RoutineEntry::id,
                (entry, where, found) -> routine(entry, stretches, where, found), problems);
        checkCoverage(routines, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(source + " is not a valid routine catalog:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new RoutineCatalog(stretches, routines);
    }

    public Collection<Stretch> stretches() {
        return stretches.values();
    }

    public Collection<Routine> routines() {
        return routines.values();
    }

    public Optional<Routine> routine(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(routines.get(id));
    }

    /** The one routine of kind QUICK, FULL or IN_BED. */
    public Routine routine(Routine.Kind kind) {
        if (kind == Routine.Kind.FOCUS) {
            throw new IllegalArgumentException("use focus(muscle, inBed) for focus routines");
        }
        return routines.values().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    /** The focus routine for a muscle, standing-and-bed or in-bed only. */
    public Routine focus(Muscle muscle, boolean inBed) {
        return routines.values().stream()
                .filter(r -> r.kind() == Routine.Kind.FOCUS && r.focus().orElse(null) == muscle && r.inBed() == inBed)
                .findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ reading

    /** Reads one entry, or returns null after adding its problems; {@code where} names it in them. */
    private interface EntryReader<E, T> {
        T read(E entry, String where, List<String> problems);
    }

    /**
     * Reads every entry of a non-empty list, naming each "stretch calf_wall" (or "stretches[2]" while
     * it has no id) in problems; an id used twice is a problem too.
     */
    private static <E, T> Map<String, T> readAll(List<E> entries, String list, String kind, Function<E, String> idOf,
                                                 EntryReader<E, T> reader, List<String> problems) {
        Map<String, T> out = new LinkedHashMap<>();
        if (entries == null || entries.isEmpty()) {
            problems.add("\"" + list + "\" must be a non-empty list");
            return out;
        }
        for (int i = 0; i < entries.size(); i++) {
            E entry = entries.get(i);
            String id = text(idOf.apply(entry), "id", list + "[" + i + "]", problems);
            T value = reader.read(entry, id == null ? list + "[" + i + "]" : kind + " " + id, problems);
            if (id == null || value == null) {
                continue;
            }
            if (out.putIfAbsent(id, value) != null) {
                problems.add(kind + " id " + id + " is used twice");
            }
        }
        return out;
    }

    private static Stretch stretch(StretchEntry e, String where, List<String> problems) {
        String name = text(e.name(), "name", where, problems);
        Muscle muscle = enumValue(Muscle.class, e.muscle(), "muscle", where, problems);
        String target = text(e.target(), "target", where, problems);
        Position position = enumValue(Position.class, e.position(), "position", where, problems);
        String setup = text(e.setup(), "setup", where, problems);
        String holdCue = text(e.holdCue(), "holdCue", where, problems);
        int hold = number(e.holdSeconds(), "holdSeconds", MIN_HOLD_SECONDS, MAX_HOLD_SECONDS, where, problems);
        int reps = number(e.reps(), "reps", MIN_REPS, MAX_REPS, where, problems);
        String safety = text(e.safety(), "safety", where, problems);
        String limb = e.limb() == null || e.limb().isBlank() ? "leg" : e.limb().strip();
        List<Side> sides = sides(e.sides(), where, problems);
        if (!Sources.cites(e.source())) {
            problems.add(where + ": \"source\" " + Sources.expected());
        }
        if (e.id() == null || name == null || muscle == null || target == null || position == null || setup == null
                || holdCue == null || hold < 0 || reps < 0 || safety == null || sides == null) {
            return null;
        }
        return new Stretch(e.id().strip(), name, muscle, target, position, setup, holdCue, hold, sides, reps, safety,
                limb, e.movement(), e.source());
    }

    private static Routine routine(RoutineEntry e, Map<String, Stretch> stretches, String where,
                                   List<String> problems) {
        Routine.Kind kind = enumValue(Routine.Kind.class, e.kind(), "kind", where, problems);
        Optional<Muscle> focus = Optional.empty();
        if (kind == Routine.Kind.FOCUS) {
            focus = Optional.ofNullable(enumValue(Muscle.class, e.focus(), "focus", where, problems));
        } else if (e.focus() != null) {
            problems.add(where + ": only FOCUS routines have a focus muscle");
        }
        boolean inBed = kind == Routine.Kind.IN_BED || e.inBed();
        String name = text(e.name(), "name", where, problems);
        int minutes = number(e.minutes(), "minutes", 1, 30, where, problems);
        String intro = text(e.intro(), "intro", where, problems);
        List<Routine.Item> items = items(e.items(), inBed, stretches, where, problems);
        if (e.id() == null || kind == null || (kind == Routine.Kind.FOCUS && focus.isEmpty()) || name == null
                || minutes < 0 || intro == null || items.isEmpty()) {
            return null;
        }
        return new Routine(e.id().strip(), kind, focus, inBed, name, minutes, intro, items);
    }

    private static List<Routine.Item> items(List<ItemEntry> entries, boolean inBed, Map<String, Stretch> stretches,
                                            String where, List<String> problems) {
        List<Routine.Item> items = new ArrayList<>();
        if (entries == null || entries.isEmpty()) {
            problems.add(where + ": \"items\" must be a non-empty list of stretches");
            return items;
        }
        Set<String> used = new HashSet<>();
        for (ItemEntry entry : entries) {
            String ref = entry.stretch() == null ? "" : entry.stretch();
            Stretch stretch = stretches.get(ref);
            if (stretch == null) {
                problems.add(where + ": refers to unknown stretch \"" + ref + "\"");
                continue;
            }
            if (!used.add(ref)) {
                problems.add(where + ": lists stretch " + ref + " twice");
            }
            int reps = entry.reps() != null
                    ? number(entry.reps(), "reps", MIN_REPS, MAX_REPS, where + " item " + ref, problems)
                    : stretch.reps();
            if (reps < 0) {
                continue;
            }
            if (inBed && !stretch.position().inBed()) {
                problems.add(where + ": is an in-bed routine but " + ref + " is done "
                        + stretch.position().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            items.add(new Routine.Item(stretch, reps));
        }
        return items;
    }

    /** QUICK, FULL and IN_BED exactly once; every muscle a focus routine, with and without standing. */
    private static void checkCoverage(Map<String, Routine> routines, List<String> problems) {
        Map<Routine.Kind, Integer> kinds = new EnumMap<>(Routine.Kind.class);
        routines.values().forEach(r -> kinds.merge(r.kind(), 1, Integer::sum));
        for (Routine.Kind kind : List.of(Routine.Kind.QUICK, Routine.Kind.FULL, Routine.Kind.IN_BED)) {
            int count = kinds.getOrDefault(kind, 0);
            if (count != 1) {
                problems.add("there must be exactly one " + kind + " routine, found " + count);
            }
        }
        for (Muscle muscle : Muscle.values()) {
            for (boolean inBed : new boolean[] {false, true}) {
                long count = routines.values().stream()
                        .filter(r -> r.kind() == Routine.Kind.FOCUS && r.focus().orElse(null) == muscle
                                && r.inBed() == inBed)
                        .count();
                if (count != 1) {
                    problems.add("there must be exactly one " + (inBed ? "in-bed " : "") + "FOCUS routine for "
                            + muscle + ", found " + count);
                }
            }
        }
    }

    private static String text(String value, String field, String where, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(where + ": \"" + field + "\" must be non-empty text");
            return null;
        }
        return value.strip();
    }

    /** The number, or -1 (and a problem) when missing or outside [min, max]. */
    private static int number(Integer value, String field, int min, int max, String where, List<String> problems) {
        if (value == null) {
            problems.add(where + ": \"" + field + "\" must be a whole number from " + min + " to " + max);
            return -1;
        }
        if (value < min || value > max) {
            problems.add(where + ": \"" + field + "\" is " + value + ", must be from " + min + " to " + max);
            return -1;
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field, String where,
                                                   List<String> problems) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        problems.add(where + ": \"" + field + "\" is \"" + (raw == null ? "" : raw) + "\", must be one of "
                + List.of(type.getEnumConstants()));
        return null;
    }

    private static List<Side> sides(List<String> raw, String where, List<String> problems) {
        List<Side> sides = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            problems.add(where + ": \"sides\" must be [\"LEFT\", \"RIGHT\"] or [\"BOTH\"]");
            return null;
        }
        for (String side : raw) {
            Side parsed = Arrays.stream(Side.values()).filter(s -> s.name().equals(side)).findFirst().orElse(null);
            if (parsed == null || sides.contains(parsed)) {
                problems.add(where + ": \"sides\" has an unknown or repeated side \"" + side + "\"");
                return null;
            }
            sides.add(parsed);
        }
        if (sides.contains(Side.BOTH) && sides.size() > 1) {
            problems.add(where + ": \"sides\" cannot mix BOTH with LEFT or RIGHT");
            return null;
        }
        return sides;
    }
}
