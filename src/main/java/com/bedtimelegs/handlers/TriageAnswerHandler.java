package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.triage.Answer;
import com.bedtimelegs.triage.Answers;
import com.bedtimelegs.triage.Question;
import com.bedtimelegs.triage.Triage;
import java.util.Optional;

/** Plain yes, no or "not sure" during the check: the answer to the current question. */
public final class TriageAnswerHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        Optional<Answers> stored = TriageFlow.answers(conversation);
        if (stored.isEmpty()) {
            return TriageFlow.restartLostPlace(input);
        }
        Answers answers = stored.get();
        Optional<Question> current = Triage.nextQuestion(answers);
        if (current.isEmpty()) {
            return TriageFlow.finish(input, conversation, answers);
        }
        Answer answer = switch (intentName(input)) {
            case Intents.YES -> Answer.YES;
            case Intents.NO -> Answer.NO;
            default -> Answer.UNSURE;
        };
        return TriageFlow.proceed(input, conversation, answers.with(current.get().slot(), answer),
                TriageFlow.thanks(input, answers), false);
    }
}
