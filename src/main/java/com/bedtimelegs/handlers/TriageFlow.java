package com.bedtimelegs.handlers;

import com.amazon.ask.request.RequestHelper;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.triage.Advice;
import com.bedtimelegs.triage.Answers;
import com.bedtimelegs.triage.Assessment;
import com.bedtimelegs.triage.EmergencyNumber;
import com.bedtimelegs.triage.Outcome;
import com.bedtimelegs.triage.Question;
import com.bedtimelegs.triage.Triage;
import com.bedtimelegs.triage.UrgentSign;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The red-flag check's moves, shared by its handlers. The handler drives the questions itself
 * with Dialog.ElicitSlot (so a bare "yes" fills the slot), and plain Yes/No/Unsure intents answer
 * the same current question, which is always {@code Triage.nextQuestion(answers)}.
 *
 * <p>The answers live only in {@code Conversation.state(Activity.TRIAGE)} and are forgotten the
 * moment the check ends, by outcome or by stop.
 */
final class TriageFlow {
    static final String ANSWERS = "answers";
    private static final int THANKS = 3;

    private TriageFlow() {
    }

    /** Begins a fresh check: the one disclaimer, then the first question. */
    static Optional<Response> start(HandlerInput input, String openingKey) {
        return start(input, openingKey, true);
    }

    /** Begins the check again; {@code disclaim} is false when the disclaimer was just said in this check. */
    static Optional<Response> start(HandlerInput input, String openingKey, boolean disclaim) {
        return start(input, openingKey, disclaim, Answers.none());
    }

    /**
     * Begins the check with any answers the request already carried (e.g. a dialog Alexa
     * completed); if they already settle the outcome, it is given straight away.
     */
    static Optional<Response> start(HandlerInput input, String openingKey, boolean disclaim, Answers known) {
        Speech words = Replies.speech(input);
        Conversation conversation = Conversation.of(input);
        conversation.start(Activity.TRIAGE);
        conversation.state(Activity.TRIAGE).clear();
        Ssml preface = Ssml.speech().say(words.text(openingKey));
        if (disclaim) {
            preface.say(words.text("triage.fewQuestions")).say(words.text("triage.disclaimer"));
        }
        return proceed(input, conversation, known, preface, true);
    }

    /** After a stored state we can't read: say so, and start again rather than guess. */
    static Optional<Response> restartLostPlace(HandlerInput input) {
        return start(input, "triage.lostPlace");
    }

    /** The answers so far; empty when the stored state is damaged. */
    static Optional<Answers> answers(Conversation conversation) {
        return Answers.fromState(conversation.state(Activity.TRIAGE).get(ANSWERS));
    }

    /** A short thanks that varies a little, so eight questions don't sound like a form. */
    static Ssml thanks(HandlerInput input, Answers answers) {
        Speech words = Replies.speech(input);
        String[] thanks = {words.text("triage.thanks.0"), words.text("triage.thanks.1"), words.text("triage.thanks.2")};
        return Ssml.speech().say(thanks[answers.size() % THANKS]);
    }

    /** Asks the next question that matters, or gives the outcome when nothing else could change it. */
    static Optional<Response> proceed(HandlerInput input, Conversation conversation, Answers answers, Ssml preface,
                                      boolean withHint) {
        Optional<Question> next = Triage.nextQuestion(answers);
        if (next.isEmpty()) {
            return finish(input, conversation, answers);
        }
        conversation.state(Activity.TRIAGE).put(ANSWERS, answers.toState());
        return ask(input, preface, next.get(), withHint);
    }

    /** Says {@code preface}, then the question, and elicits its slot. */
    // Red-flag questions and urgent outcomes are built here, never through Replies, so they are
    // always said in the normal voice: a quiet-voice setting never whispers an emergency.
    static Optional<Response> ask(HandlerInput input, Ssml preface, Question question, boolean withHint) {
        Ssml speech = preface.say(question.ask());
        if (withHint) {
            speech.say(Triage.answerHint());
        }
        return input.getResponseBuilder()
                .withSpeech(speech.build())
                .withReprompt(Ssml.of(question.ask(), Triage.answerHint()))
                .addElicitSlotDirective(question.slot(), checkIntent())
                .withShouldEndSession(false)
                .build();
    }

    /** The outcome: urgent ones end the session with a card to read in the morning. */
    static Optional<Response> finish(HandlerInput input, Conversation conversation, Answers answers) {
        Assessment assessment = Triage.explain(answers);
        Advice advice = Advice.forAssessment(assessment, locale(input));
        conversation.reset(); // the answers are forgotten here
        Ssml speech = Ssml.speech();
        advice.spoken().forEach(speech::say);
        if (assessment.outcome() == Outcome.SELF_CARE) {
            conversation.offer(Offer.STRETCH);
            Speech words = Replies.speech(input);
            return Replies.ask(input, speech.say(words.text("triage.stretchOffer")).build(),
                    Ssml.of(words.text("triage.stretchOffer"), words.text("triage.yesOrNo")));
        }
        return tell(input, speech, advice);
    }

    /**
     * An urgent sign said at any moment: whatever was going on stops, the advice is said with a
     * card to read later, and the session ends.
     */
    static Optional<Response> tell(HandlerInput input, UrgentSign sign) {
        return tell(input, Advice.forSign(sign, locale(input)));
    }

    /** Stops whatever was in progress and says {@code advice}, with its card; the session ends. */
    static Optional<Response> tell(HandlerInput input, Advice advice) {
        Conversation.of(input).reset();
        Ssml speech = Ssml.speech();
        advice.spoken().forEach(speech::say);
        return tell(input, speech, advice);
    }

    private static Optional<Response> tell(HandlerInput input, Ssml speech, Advice advice) {
        return input.getResponseBuilder()
                .withSpeech(speech.build())
                .withSimpleCard(advice.title(), advice.cardText())
                .withShouldEndSession(true)
                .build();
    }

    static String locale(HandlerInput input) {
        return RequestHelper.forHandlerInput(input).getLocale();
    }

    static EmergencyNumber emergencyNumber(HandlerInput input) {
        return EmergencyNumber.forLocale(locale(input));
    }

    /** RedFlagCheckIntent with every slot empty: the answers stay in the session, not the directive. */
    static Intent checkIntent() {
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (Question q : Triage.questions()) {
            slots.put(q.slot(), Slot.builder().withName(q.slot()).withConfirmationStatus(SlotConfirmationStatus.NONE).build());
        }
        return Intent.builder()
                .withName(Intents.RED_FLAG_CHECK)
                .withConfirmationStatus(IntentConfirmationStatus.NONE)
                .withSlots(slots)
                .build();
    }
}
