package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.triage.Advice;
import com.bedtimelegs.triage.Answers;
import com.bedtimelegs.triage.Assessment;
import com.bedtimelegs.triage.Outcome;
import com.bedtimelegs.triage.Triage;
import java.util.Optional;

/**
 * Stop or cancel during the check: stop kindly and forget the answers. The emergency question
 * comes first, so if it was never answered, one sentence says what to do about chest pain; if an
 * answer already pointed to a doctor, that advice is said once before goodnight.
 */
public final class TriageStopHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        Answers answers = TriageFlow.answers(conversation).orElse(Answers.none());
        conversation.reset();
        Speech words = Replies.speech(input);
        Ssml speech = Ssml.speech().say(words.text("triage.stopped"));
        Assessment assessment = Triage.explain(answers);
        if (assessment.outcome() != Outcome.SELF_CARE) {
            speech.say(words.text("triage.beforeYouGo")).say(Advice.forAssessment(assessment, TriageFlow.locale(input)).spoken().get(0));
        } else if (!answers.has(Triage.questions().get(0).slot())) {
            speech.say(words.text("triage.chestSafetyNet", TriageFlow.emergencyNumber(input).spoken()));
        } else {
            speech.say(words.text("triage.runAgain"));
        }
        return Replies.tell(input, speech.say(words.text("menu.goodnight")).build());
    }
}
