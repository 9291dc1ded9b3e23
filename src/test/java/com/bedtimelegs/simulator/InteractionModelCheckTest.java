package com.bedtimelegs.simulator;

import com.bedtimelegs.handlers.HandledIntents;
import com.bedtimelegs.content.Locales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.InteractionModel.IntentDef;
import com.bedtimelegs.simulator.InteractionModel.SlotDef;
import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each locale's interaction model and the handlers must agree, and each model must be one Alexa accepts. */
class InteractionModelCheckTest {
    static List<String> locales() {
        return Locales.ALL;
    }
    private static final Set<String> REQUIRED_BUILT_INS = Set.of("AMAZON.HelpIntent", "AMAZON.StopIntent",
            "AMAZON.CancelIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent", "AMAZON.RepeatIntent",
            "AMAZON.NextIntent", "AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.StartOverIntent",
            "AMAZON.YesIntent", "AMAZON.NoIntent");

    private static Set<String> handledIntents() {
        return HandledIntents.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyIntentInTheModelHasAHandlerAndEveryHandledIntentIsInTheModel(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        Set<String> inModel = new TreeSet<>(model.intents().keySet());
        Set<String> handled = handledIntents();
        Set<String> unhandled = new TreeSet<>(inModel);
        unhandled.removeAll(handled);
        Set<String> unknown = new TreeSet<>(handled);
        unknown.removeAll(inModel);
        assertTrue(unhandled.isEmpty(), "intents without a handler: " + unhandled);
        assertTrue(unknown.isEmpty(), "handlers for intents not in the model: " + unknown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void theRequiredBuiltInsAreAllDeclared(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        Set<String> missing = new TreeSet<>(REQUIRED_BUILT_INS);
        missing.removeAll(model.intents().keySet());
        assertTrue(missing.isEmpty(), "missing built-in intents: " + missing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void noTwoIntentsShareASampleUtterance(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (IntentDef intent : model.intents().values()) {
            Set<String> own = new HashSet<>();
            for (String sample : intent.samples()) {
                String key = UtteranceResolver.normalize(sample);
                if (!own.add(key)) {
                    clashes.add(intent.name() + " repeats \"" + sample + "\"");
                }
                String previous = owner.putIfAbsent(key, intent.name());
                if (previous != null && !previous.equals(intent.name())) {
                    clashes.add("\"" + sample + "\" in both " + previous + " and " + intent.name());
                }
            }
        }
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everySlotUsedInASampleIsDeclaredAndEverySlotTypeExists(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        Pattern slot = Pattern.compile("\\{([^}]+)}");
        List<String> problems = new ArrayList<>();
        for (IntentDef intent : model.intents().values()) {
            for (String sample : intent.samples()) {
                Matcher m = slot.matcher(sample);
                while (m.find()) {
                    if (intent.slot(m.group(1)).isEmpty()) {
                        problems.add(intent.name() + ": \"" + sample + "\" uses undeclared slot " + m.group(1));
                    }
                }
            }
            for (SlotDef def : intent.slots()) {
                if (!def.type().startsWith("AMAZON.") && !model.isCustomType(def.type())) {
                    problems.add(intent.name() + "." + def.name() + " has unknown type " + def.type());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void slotValueIdsAreUniqueAndNoSynonymBelongsToTwoValues(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        List<String> problems = new ArrayList<>();
        model.types().forEach((type, values) -> {
            Set<String> ids = new HashSet<>();
            Map<String, String> words = new HashMap<>();
            for (SlotValue value : values) {
                if (!ids.add(value.id())) {
                    problems.add(type + " repeats id " + value.id());
                }
                List<String> all = new ArrayList<>(value.synonyms());
                all.add(value.value());
                for (String word : all) {
                    String previous = words.putIfAbsent(UtteranceResolver.normalize(word), value.id());
                    if (previous != null && !previous.equals(value.id())) {
                        problems.add(type + ": \"" + word + "\" means both " + previous + " and " + value.id());
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void invocationNameIsTwoLowerCaseWords(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        assertEquals("bedtime legs", model.invocationName());
    }
}
