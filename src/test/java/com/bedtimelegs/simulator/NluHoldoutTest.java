package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.NluEvaluation.Report;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13's last test: everyday phrasings a new user tries reach the right intent at least nine
 * times in ten (negatives count: they must reach Fallback). Four sets, each written by someone who saw
 * neither the model nor the evaluation set (see their READMEs):
 * <ul>
 * <li>src/test/resources/nlu-blind4: the fourth held-out set, written blind 2026-11-26 01:19-01:25 UTC
 *     from intent and slot names only, and never looked at row by row: only its totals are read, once,
 *     after a session's model and resolver work is frozen (read 2026-11-26 03:22 UTC). Never tune on it;
 *     once it has been looked at, it becomes a development set and a fresh blind set is written.</li>
 * <li>src/test/resources/nlu-dev3: the third held-out set, written blind 2026-11-25 22:53-23:01 UTC; only its
 *     totals were read (87.0 / 91.8 / 84.5 / 92.7 / 89.1 % on 2026-11-26 00:43 UTC, en-IN 90.0 at 01:02), but
 *     twice, so on 2026-11-26, once the fourth blind set was committed, it was opened as a third development set.</li>
 * <li>src/test/resources/nlu-dev2: the second held-out set, written blind 2026-11-25 20:12-20:20 UTC;
 *     only its totals were read (right intent 79.5 / 77.8 / 75.2 / 70.5 / 75.5 % before that session's
 *     work, 88.5 / 83.3 / 85.7 / 79.0 / 86.8 % after it), but read several times, so on 2026-11-25 at
 *     22:50 UTC, once a third blind set had been commissioned, it was opened as a second development set.</li>
 * <li>src/test/resources/nlu-dev: the first held-out set, measured once blind (right intent 76.0 /
 *     75.0 / 73.5 / 75.2 / 68.6 %), then opened on 2026-11-25 to study what kinds of phrasing the
 *     model misses, so now a development set like the evaluation set.</li>
 * </ul>
 * Each set is held at its measured level (rounded down), up to the goal {@link #NINE_IN_TEN}; the fourth
 * blind set met the goal in every locale when it was read.
 */
class NluHoldoutTest {
    /** Sets besides the evaluation set whose rows must never be samples (NluEvaluationTest checks). */
    static final java.util.List<String> OTHER_SETS = java.util.List.of("nlu-dev2", "nlu-dev3");
    static final double NINE_IN_TEN = 90.0;
    /**
     * Second development set (the second blind set until opened), right intent, measured 2026-11-25: 79.5 / 77.8 / 75.2 / 70.5 / 75.5 % before that
     * session's model and resolver work, 88.5 / 83.3 / 85.7 / 79.0 / 86.8 % after it (totals only);
     * opened 2026-11-25 22:50 UTC; 95.7 / 92.6 / 95.2 / 90.5 / 92.5 % on 2026-11-26 00:43 UTC; 98.3 / 94.4 / 98.1 / 95.2 / 93.4 %
     * at 03:22 UTC.
     */
    static final Map<String, Double> DEV2_FLOOR = Map.of(
            "en-US", 98.0, "en-GB", 94.0, "en-CA", 98.0, "en-AU", 95.0, "en-IN", 93.0);
    /**
     * Third development set (the third blind set until opened), right intent: 87.0 / 91.8 / 84.5 / 92.7 / 89.1 %
     * read blind on 2026-11-26 00:43 UTC; opened 2026-11-26 at 01:33 UTC at 87.3 / 91.8 / 86.4 / 92.7 / 91.8 %; 93.3 / 95.5 / 91.8 / 95.5 / 96.4 % at 03:22 UTC.
     */
    /**
     * Fourth blind set, right intent, read once on 2026-11-26 at 03:22 UTC with the session's models and resolver
     * frozen (commit 189ba06): 92.7 / 90.8 / 94.6 / 96.2 / 95.4 % (US / GB / CA / AU / IN), nine in ten in every locale.
     */
    static final Map<String, Double> BLIND_FLOOR = Map.of(
            "en-US", 92.0, "en-GB", 90.0, "en-CA", 94.0, "en-AU", 96.0, "en-IN", 95.0);
    static final Map<String, Double> DEV3_FLOOR = Map.of(
            "en-US", 93.0, "en-GB", 95.0, "en-CA", 91.0, "en-AU", 95.0, "en-IN", 96.0);
    /**
     * Development set, right intent, after its check-state answers were labelled like the evaluation
     * set's: 81.1 / 80.8 / 80.4 / 82.2 / 74.5 % when opened, 90.9 / 92.3 / 91.2 / 88.1 / 82.4 % on
     * 2026-11-25 22:24 UTC, 95.3 / 95.2 / 96.1 / 97.0 / 93.1 % on 2026-11-26 00:43 UTC, 97.0 / 98.1 / 97.1 / 98.0 / 99.0 % at 03:22 UTC.
     */
    static final Map<String, Double> DEV_FLOOR = Map.of(
            "en-US", 97.0, "en-GB", 98.0, "en-CA", 97.0, "en-AU", 98.0, "en-IN", 99.0);

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.bedtimelegs.simulator.NluEvaluationTest#locales")
    void blindPhrasingsReachTheRightIntentAtLeastAsOftenAsMeasured(String locale) {
        check("nlu-blind4", locale, BLIND_FLOOR, false);
    }

    /** Each development set with its floors, in every locale. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> developmentSets() {
        Map<String, Map<String, Double>> floors = new java.util.LinkedHashMap<>();
        floors.put("nlu-dev", DEV_FLOOR);
        floors.put("nlu-dev2", DEV2_FLOOR);
        floors.put("nlu-dev3", DEV3_FLOOR);
        return floors.entrySet().stream().flatMap(set -> NluEvaluationTest.locales().stream()
                .map(locale -> org.junit.jupiter.params.provider.Arguments.of(set.getKey(), locale, set.getValue())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("developmentSets")
    void developmentPhrasingsReachTheRightIntentAtLeastAsOftenAsMeasured(String set, String locale, Map<String, Double> floor) {
        check(set, locale, floor, true);
    }

    /** The blind set's rows are never printed (a failure says only the figure), the development set's are. */
    private static void check(String set, String locale, Map<String, Double> floor, boolean showRows) {
        Report report = NluEvaluation.run(InteractionModel.forLocale(locale), locale,
                NluEvaluation.load(Path.of("src", "test", "resources", set, locale)));
        System.out.println(locale + " " + set + " intent accuracy " + String.format("%.1f %%", report.intentAccuracy()));
        assertTrue(report.skipped().isEmpty(), locale + ": " + set + " has rows for intents the model lacks");
        assertTrue(report.intentAccuracy() >= Math.min(NINE_IN_TEN, floor.get(locale)),
                () -> locale + " " + set + ": " + report.intentAccuracy() + (showRows ? "\n" + NluEvaluationTest.printed(report) : ""));
    }
}
