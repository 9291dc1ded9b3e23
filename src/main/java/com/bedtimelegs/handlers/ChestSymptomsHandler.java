package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.skill.Conversation;
import com.bedtimelegs.triage.Answer;
import com.bedtimelegs.triage.Answers;
import com.bedtimelegs.triage.Triage;
import java.util.Optional;

/**
 * "I have chest pain", "I can't breathe": the emergency sign, said at any moment (mid-check, mid
 * stretch, or as a one-shot). Emergency signs always win: the emergency advice at once, whatever
 * was in progress is dropped, and the session ends.
 */
public final class ChestSymptomsHandler extends IntentHandler {
    public ChestSymptomsHandler() {
        super(Intents.CHEST_SYMPTOMS);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Answers answers = Answers.of(Triage.questions().get(0).slot(), Answer.YES);
        return TriageFlow.finish(input, Conversation.of(input), answers);
    }
}
