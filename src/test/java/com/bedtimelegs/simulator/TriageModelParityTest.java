package com.bedtimelegs.simulator;

import com.bedtimelegs.content.Locales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.handlers.Intents;
import com.bedtimelegs.simulator.InteractionModel.DialogSlot;
import com.bedtimelegs.simulator.InteractionModel.IntentDef;
import com.bedtimelegs.simulator.InteractionModel.SlotValue;
import com.bedtimelegs.triage.Answer;
import com.bedtimelegs.triage.Question;
import com.bedtimelegs.triage.Triage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interaction model's dialog for RedFlagCheckIntent and the triage rules must not drift apart:
 * same questions, same order, same words, and slot values that are exactly the triage answers.
 */
class TriageModelParityTest {
    static List<String> locales() {
        return Locales.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void theDialogAsksTheSameQuestionsInTheSameOrder(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        List<String> dialog = model.dialogSlots(Intents.RED_FLAG_CHECK).stream().map(DialogSlot::name).toList();
        List<String> rules = Triage.questions().stream().map(Question::slot).toList();
        assertEquals(rules, dialog);
        assertEquals("chestSymptoms", dialog.get(0), "the emergency question comes first");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyElicitationPromptIsTheQuestionFromTheRules(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        for (DialogSlot slot : model.dialogSlots(Intents.RED_FLAG_CHECK)) {
            Question q = Triage.question(slot.name()).orElseThrow();
            assertTrue(slot.elicitationRequired(), slot.name());
            assertEquals(List.of(Triage.prompt(q)), model.prompt(slot.elicitationPromptId()), slot.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyQuestionIsASlotOfTheIntentWithTheYesNoUnsureType(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        IntentDef intent = model.intent(Intents.RED_FLAG_CHECK).orElseThrow();
        assertEquals(Triage.questions().size(), intent.slots().size());
        for (Question q : Triage.questions()) {
            assertEquals("YES_NO_UNSURE", intent.slot(q.slot()).orElseThrow().type(), q.slot());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void theSlotTypeIdsAreExactlyTheTriageAnswers(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        Set<String> ids = model.typeValues("YES_NO_UNSURE").stream().map(SlotValue::id).collect(Collectors.toSet());
        Set<String> answers = Arrays.stream(Answer.values()).map(Answer::name).collect(Collectors.toSet());
        assertEquals(answers, ids);
    }
}
