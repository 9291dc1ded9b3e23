package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.InteractionModel.IntentDef;
import com.bedtimelegs.simulator.InteractionModel.SlotDef;
import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import com.bedtimelegs.simulator.NluEvaluation.Report;
import com.bedtimelegs.simulator.NluEvaluation.Row;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NLU gate: each locale's evaluation set (src/test/resources/nlu/&lt;locale&gt;) runs through the
 * simulator in its rows' states and the per-intent table is printed. 95 % of the negatives must land
 * on AMAZON.FallbackIntent (the issue's gate). The issue's accuracy gates, held by FLOOR: en-GB, en-CA,
 * en-AU and en-IN 93 %, en-US 95 % ({@link NluEvaluation#GATE_EN_US}; met on 2026-11-26, 508 of 534).
 */
class NluEvaluationTest {
    static final java.util.Map<String, Double> FLOOR = java.util.Map.of(
            "en-US", NluEvaluation.GATE_EN_US, "en-GB", 93.0, "en-CA", 93.0, "en-AU", 93.0, "en-IN", 93.0);
    static final Path DIR = Path.of("src", "test", "resources", "nlu");

    static List<String> locales() {
        return com.bedtimelegs.content.Locales.ALL;
    }

    static List<Row> rows(String locale) {
        return NluEvaluation.load(DIR.resolve(locale));
    }

    static String printed(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void theEvaluationSetPassesTheGates(String locale) {
        Report report = NluEvaluation.run(InteractionModel.forLocale(locale), locale, rows(locale));
        String table = printed(report);
        System.out.println(table);
        int minimum = locale.equals("en-US") ? 400 : 100;
        assertTrue(report.positives().size() + report.skipped().size() >= minimum, locale + ": at least " + minimum + " phrasings");
        assertTrue(report.negatives().size() >= (locale.equals("en-US") ? 60 : 15), locale + ": enough negatives");
        assertTrue(report.skipped().isEmpty(), locale + ": rows for intents the model lacks " + report.skipped());
        assertTrue(report.positiveAccuracy() >= FLOOR.get(locale), locale + " below its floor:\n" + table);
        assertTrue(report.negativeAccuracy() >= NluEvaluation.GATE_NEGATIVES, locale + " negatives below the gate:\n" + table);
    }

    /** Every intent of the model, custom and built-in, is measured in every locale (Fallback by the negatives). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyIntentOfTheModelHasEvaluationRows(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        Set<String> covered = new HashSet<>();
        rows(locale).forEach(r -> covered.add(r.intent()));
        List<String> missing = model.intents().keySet().stream().filter(i -> !covered.contains(i)).toList();
        assertTrue(missing.isEmpty(), locale + " has no evaluation rows for " + missing);
    }

    /**
     * No evaluation phrasing is a sample of the model, as written or with its slots filled by any
     * value or synonym, after normalising case, punctuation and "please"/"alexa" padding: the score
     * measures generalisation, not recall.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void noEvaluationPhrasingIsASampleOfTheModel(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        Set<String> said = new LinkedHashSet<>();
        for (IntentDef intent : model.intents().values()) {
            for (String sample : intent.samples()) {
                said.addAll(filled(model, intent, sample));
            }
            for (SlotDef slot : intent.slots()) {
                for (String sample : slot.samples()) {
                    said.addAll(filled(model, intent, sample));
                }
            }
        }
        List<String> copied = new ArrayList<>();
        List<Row> judged = new ArrayList<>(rows(locale));
        for (String other : NluHoldoutTest.OTHER_SETS) { // the blind and once-blind sets judge too
            Path dir = Path.of("src", "test", "resources", other, locale);
            if (Files.isDirectory(dir)) {
                Set<String> already = alreadyInModel(dir.getParent(), locale);
                NluEvaluation.load(dir).stream()
                        .filter(row -> !already.contains(UtteranceResolver.normalize(row.utterance())))
                        .forEach(judged::add);
            }
        }
        for (Row row : judged) {
            if (said.contains(UtteranceResolver.normalize(row.utterance()))) {
                copied.add(row.source() + " \"" + row.utterance() + "\"");
            }
        }
        assertTrue(said.size() > 1000, "expected a full expansion of the model, got " + said.size());
        assertTrue(copied.isEmpty(), locale + ": evaluation, development or blind rows copied into the model:\n"
                + String.join("\n", copied.stream().map(c -> c.contains("blind") ? "(a blind row)" : c).toList()));
    }

    /**
     * A blind set's rows that were samples of the model before anyone saw the set (a writer who never
     * saw the model also picks "i don't know"), frozen in its in-model-when-opened.tsv: only these
     * may be in the model.
     */
    private static Set<String> alreadyInModel(Path set, String locale) {
        Path file = set.resolve("in-model-when-opened.tsv");
        Set<String> out = new HashSet<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (!line.startsWith("#") && cells.length == 2 && cells[0].equals(locale)) {
                    out.add(UtteranceResolver.normalize(cells[1]));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static final Pattern SLOT = Pattern.compile("\\{([^}]+)}");

    /** A sample with every slot filled by every value and synonym of its type (all combinations). */
    static Set<String> filled(InteractionModel model, IntentDef intent, String sample) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = SLOT.matcher(sample);
        if (!m.find()) {
            out.add(UtteranceResolver.normalize(sample));
            return out;
        }
        SlotDef def = intent.slot(m.group(1)).orElseThrow();
        List<String> words = new ArrayList<>();
        for (SlotValue value : model.typeValues(def.type())) {
            words.add(value.value());
            words.addAll(value.synonyms());
        }
        for (String w : words) {
            out.addAll(filled(model, intent, sample.substring(0, m.start()) + w + sample.substring(m.end())));
        }
        return out;
    }

    /**
     * The resolver alone cannot pass the set: with the model as it was before this evaluation was
     * written (a copy in nlu-baseline/), the same resolver with all its passes (relaxed, near,
     * likeliest) stays far below the gate (about half the rows), so the score comes from the model's samples; and the negatives, which
     * a resolver that over-generalised would swallow, still land on Fallback.
     */
    @Test
    void theResolverAloneCannotPassTheSet() {
        InteractionModel baseline = InteractionModel.load(Path.of("src", "test", "resources", "nlu-baseline", "en-US.json"));
        Report report = NluEvaluation.run(baseline, "en-US", rows("en-US"));
        assertTrue(report.positiveAccuracy() < NluEvaluation.GATE_EN_US - 25,
                "the baseline model should fail the set by far, got " + report.positiveAccuracy());
        assertTrue(report.negativeAccuracy() >= NluEvaluation.GATE_NEGATIVES, printed(report));
    }

    @Test
    void rowsAreParsedStrictly() {
        Row row = NluEvaluation.parse("x:1", "none\tmy calf\tCrampReliefIntent\tmuscle=CALF");
        assertEquals("CALF", row.slots().get("muscle"));
        for (String bad : List.of("none\tonly three\tIntent", "nowhere\tx\tIntent\t-", "none\tx\tIntent\tmuscle")) {
            try {
                NluEvaluation.parse("x:1", bad);
                throw new AssertionError("accepted " + bad);
            } catch (IllegalArgumentException expected) {
                // ok
            }
        }
    }
}
