package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.triage.Answer;
import com.bedtimelegs.triage.Answers;
import com.bedtimelegs.triage.Question;
import com.bedtimelegs.triage.Triage;
import java.util.Optional;

/**
 * "Should I see a doctor?" starts the red-flag check; while it runs, the same intent carries each
 * answer Alexa collected for the slot we elicited (dialogState IN_PROGRESS, or COMPLETED if Alexa
 * ever delegated). Answers from the slots are merged into the session's answers.
 */
public final class RedFlagCheckHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        if (!conversation.in(Activity.TRIAGE)) {
            return TriageFlow.start(input, "triage.letsCheck", true, fromSlots(input, Answers.none()));
        }
        Optional<Answers> stored = TriageFlow.answers(conversation);
        if (stored.isEmpty()) {
            return TriageFlow.restartLostPlace(input);
        }
        Answers answers = fromSlots(input, stored.get());
        boolean heardSomethingElse = Triage.questions().stream()
                .anyMatch(q -> Slots.heard(input, q.slot()) && Slots.resolvedId(input, q.slot()).flatMap(Answer::fromId).isEmpty());
        if (answers.equals(stored.get())) {
            Optional<Question> current = Triage.nextQuestion(answers);
            if (current.isEmpty()) {
                return TriageFlow.finish(input, conversation, answers);
            }
            String preface = Replies.speech(input).text(heardSomethingElse ? "triage.needAnswer" : "triage.inTheMiddle");
            return TriageFlow.ask(input, Ssml.speech().say(preface), current.get(), true);
        }
        return TriageFlow.proceed(input, conversation, answers, TriageFlow.thanks(input, stored.get()), false);
    }

    /** {@code answers} with every slot answer Alexa resolved in this request added. */
    private static Answers fromSlots(HandlerInput input, Answers answers) {
        Answers merged = answers;
        for (Question q : Triage.questions()) {
            Optional<Answer> answer = Slots.resolvedId(input, q.slot()).flatMap(Answer::fromId);
            if (answer.isPresent()) {
                merged = merged.with(q.slot(), answer.get());
            }
        }
        return merged;
    }
}
