package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.state.LastResponseMemory;
import com.bedtimelegs.state.SessionStateGuard;
import java.util.Optional;

/**
 * Words the model didn't understand, and any intent name we don't know: say so gently and
 * ask again with whatever was last asked, so nothing in progress is lost. Registered last.
 */
public final class FallbackHandler extends IntentHandler {


    @Override
    public Optional<Response> handle(HandlerInput input) {
        LastResponseMemory.skip(input); // "repeat" should still give the real last answer
        String reprompt = Conversation.of(input).lastReprompt();
        if (reprompt == null) {
            reprompt = MainMenu.reprompt(input);
        }
        String speech = Ssml.speech()
                .say(Replies.speech(input).text("fallback.notCaught"))
                .say(SessionStateGuard.stateWasReset(input) ? Replies.speech(input).text("fallback.lostTrack") : null)
                .thenSsml(reprompt)
                .build();
        return Replies.ask(input, speech, reprompt);
    }

}
