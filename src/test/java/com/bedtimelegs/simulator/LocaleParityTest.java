package com.bedtimelegs.simulator;

import com.bedtimelegs.content.Locales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.InteractionModel.DialogSlot;
import com.bedtimelegs.simulator.InteractionModel.IntentDef;
import com.bedtimelegs.simulator.InteractionModel.SlotDef;
import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import com.bedtimelegs.speech.Speech;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five English models share one structure: the same intents, slots, slot types, slot value ids
 * and dialog, so one set of handlers serves every locale. Only words (samples, synonyms) may differ.
 */
class LocaleParityTest {
    private static final InteractionModel US = InteractionModel.forLocale("en-US");

    static Stream<String> otherLocales() {
        return Locales.ALL.stream().filter(l -> !l.equals("en-US"));
    }

    @Test
    void everyPublishedLocaleHasAModelFileAndNoOtherModelExists() throws Exception {
        Path dir = Path.of("skill-package", "interactionModels", "custom");
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> listing = Files.list(dir)) {
            listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .forEach(n -> files.add(n.substring(0, n.length() - ".json".length())));
        }
        assertEquals(new TreeSet<>(Locales.ALL), files);
    }

    @Test
    void theSpeechBundlesServeExactlyTheLocalesThatHaveModels() {
        assertEquals(Locales.ALL, Locales.ALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLocales")
    void sameIntentsWithTheSameSlotsInTheSameOrder(String locale) {
        InteractionModel other = InteractionModel.forLocale(locale);
        assertEquals(intentSlots(US), intentSlots(other), locale);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLocales")
    void sameSlotTypesWithTheSameValueIds(String locale) {
        InteractionModel other = InteractionModel.forLocale(locale);
        assertEquals(typeIds(US), typeIds(other), locale);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLocales")
    void sameDialogSlotsAndPrompts(String locale) {
        InteractionModel other = InteractionModel.forLocale(locale);
        for (String intent : US.intents().keySet()) {
            List<DialogSlot> dialog = US.dialogSlots(intent);
            assertEquals(dialog, other.dialogSlots(intent), locale + " " + intent);
            for (DialogSlot slot : dialog) {
                if (slot.elicitationPromptId() != null) {
                    assertTrue(!other.prompt(slot.elicitationPromptId()).isEmpty(),
                            locale + " has no prompt " + slot.elicitationPromptId());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLocales")
    void invocationNameIsBedtimeLegs(String locale) {
        assertEquals("bedtime legs", InteractionModel.forLocale(locale).invocationName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLocales")
    void everySampleOfEnUsIsStillASampleOfTheSameIntent(String locale) {
        InteractionModel other = InteractionModel.forLocale(locale);
        List<String> missing = new ArrayList<>();
        for (IntentDef intent : US.intents().values()) {
            List<String> theirs = other.intent(intent.name()).orElseThrow().samples();
            intent.samples().stream().filter(s -> !theirs.contains(s)).forEach(s -> missing.add(intent.name() + ": " + s));
        }
        assertTrue(missing.isEmpty(), locale + " lost samples:\n" + String.join("\n", missing));
    }

    @Test
    void britishAustralianAndIndianModelsKnowTheirWords() {
        assertEquals("RedFlagCheckIntent", heardAs("en-GB", "should i see my gp"));
        assertEquals("RedFlagCheckIntent", heardAs("en-AU", "should i see a physio"));
        assertEquals("SHOES", topic("en-GB", "trainers"));
        assertEquals("SHOES", topic("en-AU", "runners"));
        assertEquals("SHOES", topic("en-US", "sneakers"));
        assertEquals("CAFFEINE", topic("en-IN", "chai"));
    }

    private static String heardAs(String locale, String words) {
        return new UtteranceResolver(InteractionModel.forLocale(locale)).resolve(words).intent();
    }

    private static String topic(String locale, String word) {
        return InteractionModel.forLocale(locale).typeValues("TIP_TOPIC").stream()
                .filter(v -> v.value().equals(word) || v.synonyms().contains(word))
                .map(SlotValue::id).findFirst().orElse("none");
    }

    private static Map<String, List<String>> intentSlots(InteractionModel model) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        model.intents().forEach((name, intent) -> out.put(name,
                intent.slots().stream().map(SlotDef::name).map(n -> n + ":" + intent.slot(n).orElseThrow().type()).toList()));
        return out;
    }

    private static Map<String, List<String>> typeIds(InteractionModel model) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        model.types().forEach((type, values) -> out.put(type, values.stream().map(SlotValue::id).toList()));
        return out;
    }
}
