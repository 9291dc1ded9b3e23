package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.triage.Answers;
import com.bedtimelegs.triage.Question;
import com.bedtimelegs.triage.Triage;
import java.util.Optional;

/**
 * Help, repeat, words we didn't catch, and the moving-on intents during the check: each says
 * something short for what was asked and puts the current question again. Nothing is lost.
 * "Start over" begins the check again.
 */
public final class TriageHelpHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        String intent = intentName(input);
        if (Intents.START_OVER.equals(intent)) {
            return TriageFlow.start(input, "triage.fromTheTop", false);
        }
        Optional<Answers> answers = TriageFlow.answers(conversation);
        if (answers.isEmpty()) {
            return TriageFlow.restartLostPlace(input);
        }
        Optional<Question> current = Triage.nextQuestion(answers.get());
        if (current.isEmpty()) {
            return TriageFlow.finish(input, conversation, answers.get());
        }
        Speech words = Replies.speech(input);
        Ssml preface = switch (intent) {
            case Intents.HELP -> Ssml.speech().say(words.text("triage.help"));
            case Intents.REPEAT -> Ssml.speech();
            case Intents.FALLBACK -> Ssml.speech().say(words.text("triage.notCaught"));
            case Intents.PAUSE, Intents.RESUME -> Ssml.speech().say(words.text("triage.takeYourTime"));
            default -> Ssml.speech().say(words.text("triage.cannotSkip"));
        };
        return TriageFlow.ask(input, preface, current.get(), true);
    }
}
