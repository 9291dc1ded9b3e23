package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.skill.Activity;
import com.bedtimelegs.skill.Conversation;
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
    public TriageHelpHandler() {
        super(Intents.HELP, Intents.REPEAT, Intents.FALLBACK, Intents.NEXT, Intents.SKIP, Intents.PAUSE,
                Intents.RESUME, Intents.START_OVER);
    }

    @Override
    protected boolean appliesTo(Conversation conversation) {
        return conversation.in(Activity.TRIAGE);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        String intent = intentName(input);
        if (Intents.START_OVER.equals(intent)) {
            return TriageFlow.start(input, "Okay, from the top.", false);
        }
        Optional<Answers> answers = TriageFlow.answers(conversation);
        if (answers.isEmpty()) {
            return TriageFlow.restartLostPlace(input);
        }
        Optional<Question> current = Triage.nextQuestion(answers.get());
        if (current.isEmpty()) {
            return TriageFlow.finish(input, conversation, answers.get());
        }
        Ssml preface = switch (intent) {
            case Intents.HELP -> Ssml.speech()
                    .say("I'm asking a few questions to see whether your legs need a doctor.")
                    .say("Just answer yes, no, or not sure. To leave the check, say stop.")
                    .say("Here's the question again.");
            case Intents.REPEAT -> Ssml.speech();
            case Intents.FALLBACK -> Ssml.speech().say("Sorry, I didn't catch that.");
            case Intents.PAUSE, Intents.RESUME -> Ssml.speech().say("Take your time.");
            default -> Ssml.speech().say("This one matters, so I can't skip it.");
        };
        return TriageFlow.ask(input, preface, current.get(), true);
    }
}
