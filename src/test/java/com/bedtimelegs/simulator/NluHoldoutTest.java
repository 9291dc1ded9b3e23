package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.NluEvaluation.Report;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blind held-out set (src/test/resources/nlu-holdout, see its README): phrasings written by
 * someone who saw neither the model nor the evaluation set, never used to tune either. Issue 13:
 * everyday phrasings a new user tries reach the right intent at least nine times in ten (negatives
 * count: they must reach Fallback). NOT MET YET: measured once, at the end of the session that
 * wrote the four-pass resolver and grew the models (2026-11-25), the set reached the right intent
 * 76.0 % (en-US), 75.0 % (en-GB), 73.5 % (en-CA), 75.2 % (en-AU), 68.6 % (en-IN). Each locale is held
 * at that level (FLOOR, rounded down) so it cannot slip; the goal is {@link #NINE_IN_TEN}. Never tune
 * the model or the resolver on these rows: write a fresh blind set when this one has been looked at.
 */
class NluHoldoutTest {
    static final double NINE_IN_TEN = 90.0;
    static final java.util.Map<String, Double> FLOOR = java.util.Map.of(
            "en-US", 75.0, "en-GB", 74.0, "en-CA", 73.0, "en-AU", 75.0, "en-IN", 68.0);

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.bedtimelegs.simulator.NluEvaluationTest#locales")
    void everydayPhrasingsReachTheRightIntentAtLeastAsOftenAsMeasured(String locale) {
        Report report = NluEvaluation.run(InteractionModel.forLocale(locale), locale,
                NluEvaluation.load(Path.of("src", "test", "resources", "nlu-holdout", locale)));
        System.out.println(locale + " held-out intent accuracy " + String.format("%.1f %%", report.intentAccuracy()));
        assertTrue(report.skipped().isEmpty(), locale + ": rows for intents the model lacks " + report.skipped());
        assertTrue(report.intentAccuracy() >= Math.min(NINE_IN_TEN, FLOOR.get(locale)), () -> locale + ": " + report.intentAccuracy() + "\n" + NluEvaluationTest.printed(report));
    }
}
