package com.bedtimelegs.simulator;

import com.bedtimelegs.content.Locales;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs an NLU evaluation set (src/test/resources/nlu/&lt;locale&gt;/*.tsv) through the simulator:
 * each row puts a fresh session into its state (just opened, choosing or in a routine, paused, in
 * a cramp, in the red-flag check, offered another tip), says the utterance, and compares the
 * request Alexa would send with the expected intent and slot ids.
 *
 * <p>Row format, tab-separated, '#' comments: {@code state utterance intent slots}, slots as
 * {@code name=VALUE_ID;name=VALUE_ID} or {@code -}.
 */
public final class NluEvaluation {
    public static final String FALLBACK = UtteranceResolver.FALLBACK;
    /** Gates (percent): en-US positives, other locales' positives, negatives reaching Fallback. */
    public static final double GATE_EN_US = 95.0;
    public static final double GATE_OTHER = 93.0;
    public static final double GATE_NEGATIVES = 95.0;

    public record Row(String source, String state, String utterance, String intent, Map<String, String> slots) {
        public boolean negative() {
            return FALLBACK.equals(intent);
        }
    }

    public record Outcome(Row row, String intent, Map<String, String> slots) {
        public boolean correct() {
            return row.intent().equals(intent) && row.slots().equals(slots);
        }
    }

    /** How the skill reaches each state, said after "open bedtime legs". */
    static final Map<String, List<String>> STATES = Map.of(
            "none", List.of(),
            "stretch-choice", List.of("start a bedtime stretch"),
            "stretch", List.of("start a bedtime stretch", "in bed"),
            "paused", List.of("start a bedtime stretch", "in bed", "pause"),
            "cramp", List.of("i have a cramp in my calf"),
            "check", List.of("should i see a doctor"),
            "tip-offer", List.of("give me a tip"));

    // ------------------------------------------------------------------ loading

    /** Every row of a .tsv file, or of every .tsv file in a folder (sorted by name). */
    public static List<Row> load(Path fileOrDir) {
        List<Path> files;
        try {
            if (Files.isDirectory(fileOrDir)) {
                try (Stream<Path> listing = Files.list(fileOrDir)) {
                    files = listing.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
                }
            } else {
                files = List.of(fileOrDir);
            }
            List<Row> rows = new ArrayList<>();
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    rows.add(parse(file.getFileName() + ":" + (i + 1), line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The locale a set belongs to, from its folder (nlu/en-GB/...) or the folder itself; null if none. */
    public static String localeOf(Path fileOrDir) {
        for (Path p = fileOrDir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && Locales.ALL.contains(p.getFileName().toString())) {
                return p.getFileName().toString();
            }
        }
        return null;
    }

    static Row parse(String source, String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 4) {
            throw new IllegalArgumentException(source + ": expected 4 tab-separated columns, found " + cols.length);
        }
        String state = cols[0].strip();
        if (!STATES.containsKey(state)) {
            throw new IllegalArgumentException(source + ": unknown state '" + state + "'; use one of " + new TreeMap<>(STATES).keySet());
        }
        Map<String, String> slots = new TreeMap<>();
        String slotText = cols[3].strip();
        if (!slotText.equals("-")) {
            for (String pair : slotText.split(";")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                    throw new IllegalArgumentException(source + ": slot '" + pair + "' is not name=VALUE_ID");
                }
                slots.put(kv[0].strip(), kv[1].strip());
            }
        }
        return new Row(source, state, cols[1].strip(), cols[2].strip(), Map.copyOf(slots));
    }

    // ------------------------------------------------------------------ running

    /** The result of one set: outcomes of the rows whose intent the model has, and the rows skipped. */
    public record Report(String locale, List<Outcome> outcomes, List<Row> skipped, InteractionModel model) {
        public List<Outcome> positives() {
            return outcomes.stream().filter(o -> !o.row().negative()).toList();
        }

        public List<Outcome> negatives() {
            return outcomes.stream().filter(o -> o.row().negative()).toList();
        }

        public static double percent(List<Outcome> outcomes) {
            return outcomes.isEmpty() ? 100.0 : 100.0 * outcomes.stream().filter(Outcome::correct).count() / outcomes.size();
        }

        public double positiveAccuracy() {
            return percent(positives());
        }

        public double negativeAccuracy() {
            return percent(negatives());
        }

        /** Rows (positive and negative) whose intent is right, slots aside. */
        public double intentAccuracy() {
            return outcomes.isEmpty() ? 100.0
                    : 100.0 * outcomes.stream().filter(o -> o.row().intent().equals(o.intent())).count() / outcomes.size();
        }

        public double gate() {
            return locale.equals("en-US") ? GATE_EN_US : GATE_OTHER;
        }

        public boolean passes() {
            return positiveAccuracy() >= gate() && negativeAccuracy() >= GATE_NEGATIVES;
        }

        /** Per expected intent: {correct, total}, in model order. */
        public Map<String, int[]> perIntent() {
            Map<String, int[]> table = new LinkedHashMap<>();
            model.intents().keySet().forEach(name -> table.put(name, new int[2]));
            for (Outcome o : outcomes) {
                int[] counts = table.computeIfAbsent(o.row().intent(), k -> new int[2]);
                counts[1]++;
                if (o.correct()) {
                    counts[0]++;
                }
            }
            table.values().removeIf(c -> c[1] == 0);
            return table;
        }

        public void print(PrintStream out) {
            out.printf("NLU evaluation %s: %d rows (%d positive, %d negative), %d skipped (intent not in this model)%n",
                    locale, outcomes.size(), positives().size(), negatives().size(), skipped.size());
            out.printf("%-34s %9s %6s%n", "expected intent", "accuracy", "rows");
            perIntent().forEach((name, c) -> out.printf("%-34s %8.1f%% %6d%n", name, 100.0 * c[0] / c[1], c[1]));
            out.printf("%-34s %8.1f%% %6d   (gate %.0f %%)%n", "positives (intent and slots)", positiveAccuracy(), positives().size(), gate());
            out.printf("%-34s %8.1f%% %6d   (gate %.0f %%)%n", "negatives to Fallback", negativeAccuracy(), negatives().size(), GATE_NEGATIVES);
            Map<String, Map<String, Integer>> confusion = new TreeMap<>();
            for (Outcome o : outcomes) {
                if (!o.row().intent().equals(o.intent())) {
                    confusion.computeIfAbsent(o.row().intent(), k -> new TreeMap<>()).merge(o.intent(), 1, Integer::sum);
                }
            }
            out.println("confusion (expected -> heard: rows; correct intents not listed):");
            if (confusion.isEmpty()) {
                out.println("  none");
            }
            confusion.forEach((expected, heard) -> heard.forEach((got, n) ->
                    out.printf("  %-34s -> %-34s %3d%n", expected, got, n)));
            List<Outcome> misses = outcomes.stream().filter(o -> !o.correct()).toList();
            out.println("misses (" + misses.size() + "):");
            for (Outcome o : misses) {
                out.printf("  %s [%s] \"%s\": expected %s, heard %s%n", o.row().source(), o.row().state(), o.row().utterance(),
                        label(o.row().intent(), o.row().slots()), label(o.intent(), o.slots()));
                out.println("      closest sample: " + closestSample(model, o.row().utterance()));
            }
            if (!skipped.isEmpty()) {
                out.println("skipped (intent not in this model): " + skipped.stream().map(Row::intent).distinct().sorted().toList());
            }
        }
    }

    /** Runs the rows against the locale's skill and model; rows expecting an intent the model lacks are skipped. */
    public static Report run(InteractionModel model, String locale, List<Row> rows) {
        // No memory: each row starts as a new user, so an earlier row (a paused routine, a voice) can't change its state.
        Simulator simulator = new Simulator(model, locale, line -> { }, null);
        List<Outcome> outcomes = new ArrayList<>();
        List<Row> skipped = new ArrayList<>();
        for (Row row : rows) {
            if (!row.negative() && model.intent(row.intent()).isEmpty()) {
                skipped.add(row);
                continue;
            }
            enter(simulator, row.state());
            Turn turn = simulator.say(row.utterance());
            String intent = turn.intent() == null ? turn.requestType() : turn.intent();
            outcomes.add(new Outcome(row, intent, heardSlots(model, intent, turn.slots())));
        }
        return new Report(locale, List.copyOf(outcomes), List.copyOf(skipped), model);
    }

    /**
     * Slot ids as heard. A built-in type (AMAZON.TIME) has no id; Alexa sends its value ("21:30"), which the
     * turn shows in quotes like unresolved words: here it is the id the row names.
     */
    private static Map<String, String> heardSlots(InteractionModel model, String intent, Map<String, String> slots) {
        Map<String, String> out = new TreeMap<>();
        slots.forEach((name, value) -> {
            boolean builtIn = model.intent(intent).flatMap(i -> i.slot(name)).map(d -> !model.isCustomType(d.type())).orElse(false);
            out.put(name, builtIn && value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value);
        });
        return out;
    }

    /** A fresh session in the given state; fails loudly if the skill did not get there. */
    private static void enter(Simulator simulator, String state) {
        simulator.abandonSession(); // e.g. a reminder row left Alexa's permission question pending
        Turn turn = simulator.say("open bedtime legs");
        for (String step : STATES.get(state)) {
            turn = simulator.say(step);
        }
        if (!turn.sessionOpen()) {
            throw new IllegalStateException("could not reach state " + state + ": the session closed at \"" + turn.said() + "\"");
        }
    }

    private static String label(String intent, Map<String, String> slots) {
        StringBuilder out = new StringBuilder(intent);
        slots.forEach((k, v) -> out.append(' ').append(k).append('=').append(v));
        return out.toString();
    }

    /** The model sample (or built-in phrase) sharing the most words in order with the utterance. */
    static String closestSample(InteractionModel model, String utterance) {
        String[] said = UtteranceResolver.normalize(utterance).split(" ");
        String best = "(none)";
        double bestScore = -1;
        for (var intent : model.intents().values()) {
            List<String> all = new ArrayList<>(intent.samples());
            all.addAll(UtteranceResolver.BUILT_IN_SAMPLES.getOrDefault(intent.name(), List.of()));
            for (String sample : all) {
                String[] words = UtteranceResolver.normalize(sample).split(" ");
                double score = 2.0 * lcs(said, words) / (said.length + words.length);
                if (score > bestScore) {
                    bestScore = score;
                    best = "\"" + sample + "\" (" + intent.name() + ")";
                }
            }
        }
        return best;
    }

    private static int lcs(String[] a, String[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                t[i][j] = a[i - 1].equals(b[j - 1]) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length][b.length];
    }
}
