package com.bedtimelegs.stretch;

import com.bedtimelegs.content.Resources;
import com.bedtimelegs.content.Sources;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
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

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Stretch> stretches;
    private final Map<String, Routine> routines;

    private RoutineCatalog(Map<String, Stretch> stretches, Map<String, Routine> routines) {
        this.stretches = Collections.unmodifiableMap(stretches);
        this.routines = Collections.unmodifiableMap(routines);
    }

    private static final class Holder {
        static final RoutineCatalog INSTANCE = load();
    }

    /** The catalog from the classpath, loaded on first use. */
    public static RoutineCatalog get() {
        return Holder.INSTANCE;
    }

    static RoutineCatalog load() {
        return parse(Resources.text(RESOURCE), RESOURCE);
    }

    /** Reads and validates catalog JSON; {@code source} names it in error messages. */
    public static RoutineCatalog parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(source + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException(source + ": expected a JSON object with stretches and routines");
        }
        List<String> problems = new ArrayList<>();
        Map<String, Stretch> stretches = readStretches(root.path("stretches"), problems);
        Map<String, Routine> routines = readRoutines(root.path("routines"), stretches, problems);
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

    private static Map<String, Stretch> readStretches(JsonNode array, List<String> problems) {
        Map<String, Stretch> out = new LinkedHashMap<>();
        if (!array.isArray() || array.isEmpty()) {
            problems.add("\"stretches\" must be a non-empty list");
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String where = "stretches[" + i + "]";
            String id = text(node, "id", where, problems);
            if (id != null) {
                where = "stretch " + id;
            }
            String name = text(node, "name", where, problems);
            Muscle muscle = enumValue(Muscle.class, node, "muscle", where, problems);
            String target = text(node, "target", where, problems);
            Position position = enumValue(Position.class, node, "position", where, problems);
            String setup = text(node, "setup", where, problems);
            String holdCue = text(node, "holdCue", where, problems);
            int hold = number(node, "holdSeconds", MIN_HOLD_SECONDS, MAX_HOLD_SECONDS, where, problems);
            int reps = number(node, "reps", MIN_REPS, MAX_REPS, where, problems);
            String safety = text(node, "safety", where, problems);
            String limb = node.hasNonNull("limb") ? node.get("limb").asText("leg").strip() : "leg";
            List<Side> sides = sides(node, where, problems);
            String source = node.path("source").asText("");
            if (!Sources.cites(source)) {
                problems.add(where + ": \"source\" " + Sources.expected());
            }
            if (id == null || name == null || muscle == null || target == null || position == null || setup == null
                    || holdCue == null || hold < 0 || reps < 0 || safety == null || sides == null) {
                continue;
            }
            if (out.containsKey(id)) {
                problems.add("stretch id " + id + " is used twice");
                continue;
            }
            out.put(id, new Stretch(id, name, muscle, target, position, setup, holdCue, hold, sides, reps, safety,
                    limb.isEmpty() ? "leg" : limb, node.path("movement").asBoolean(false), source));
        }
        return out;
    }

    private static Map<String, Routine> readRoutines(JsonNode array, Map<String, Stretch> stretches,
                                                     List<String> problems) {
        Map<String, Routine> out = new LinkedHashMap<>();
        if (!array.isArray() || array.isEmpty()) {
            problems.add("\"routines\" must be a non-empty list");
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String where = "routines[" + i + "]";
            String id = text(node, "id", where, problems);
            if (id != null) {
                where = "routine " + id;
            }
            Routine.Kind kind = enumValue(Routine.Kind.class, node, "kind", where, problems);
            Optional<Muscle> focus = Optional.empty();
            if (kind == Routine.Kind.FOCUS) {
                focus = Optional.ofNullable(enumValue(Muscle.class, node, "focus", where, problems));
            } else if (node.has("focus")) {
                problems.add(where + ": only FOCUS routines have a focus muscle");
            }
            boolean inBed = kind == Routine.Kind.IN_BED || node.path("inBed").asBoolean(false);
            String name = text(node, "name", where, problems);
            int minutes = number(node, "minutes", 1, 30, where, problems);
            String intro = text(node, "intro", where, problems);
            List<Routine.Item> items = new ArrayList<>();
            JsonNode itemNodes = node.path("items");
            if (!itemNodes.isArray() || itemNodes.isEmpty()) {
                problems.add(where + ": \"items\" must be a non-empty list of stretches");
            } else {
                Set<String> used = new HashSet<>();
                for (JsonNode itemNode : itemNodes) {
                    String ref = itemNode.path("stretch").asText("");
                    Stretch stretch = stretches.get(ref);
                    if (stretch == null) {
                        problems.add(where + ": refers to unknown stretch \"" + ref + "\"");
                        continue;
                    }
                    if (!used.add(ref)) {
                        problems.add(where + ": lists stretch " + ref + " twice");
                    }
                    int reps = itemNode.has("reps")
                            ? number(itemNode, "reps", MIN_REPS, MAX_REPS, where + " item " + ref, problems)
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
            }
            if (id == null || kind == null || (kind == Routine.Kind.FOCUS && focus.isEmpty()) || name == null
                    || minutes < 0 || intro == null || items.isEmpty()) {
                continue;
            }
            if (out.containsKey(id)) {
                problems.add("routine id " + id + " is used twice");
                continue;
            }
            out.put(id, new Routine(id, kind, focus, inBed, name, minutes, intro, items));
        }
        return out;
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

    private static String text(JsonNode node, String field, String where, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            problems.add(where + ": \"" + field + "\" must be non-empty text");
            return null;
        }
        return value.asText().strip();
    }

    /** The number, or -1 (and a problem) when missing or outside [min, max]. */
    private static int number(JsonNode node, String field, int min, int max, String where, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt()) {
            problems.add(where + ": \"" + field + "\" must be a whole number from " + min + " to " + max);
            return -1;
        }
        int n = value.asInt();
        if (n < min || n > max) {
            problems.add(where + ": \"" + field + "\" is " + n + ", must be from " + min + " to " + max);
            return -1;
        }
        return n;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String field, String where,
                                                   List<String> problems) {
        String raw = node.path(field).asText("");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        problems.add(where + ": \"" + field + "\" is \"" + raw + "\", must be one of "
                + List.of(type.getEnumConstants()));
        return null;
    }

    private static List<Side> sides(JsonNode node, String where, List<String> problems) {
        JsonNode array = node.get("sides");
        List<Side> sides = new ArrayList<>();
        if (array == null || !array.isArray() || array.isEmpty()) {
            problems.add(where + ": \"sides\" must be [\"LEFT\", \"RIGHT\"] or [\"BOTH\"]");
            return null;
        }
        for (JsonNode side : array) {
            Side parsed = null;
            for (Side s : Side.values()) {
                if (s.name().equals(side.asText())) {
                    parsed = s;
                }
            }
            if (parsed == null || sides.contains(parsed)) {
                problems.add(where + ": \"sides\" has an unknown or repeated side \"" + side.asText() + "\"");
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
