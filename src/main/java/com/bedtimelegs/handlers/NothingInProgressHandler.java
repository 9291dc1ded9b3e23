package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.SessionStateGuard;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/**
 * Next, skip, pause, resume and start over when no activity claimed them: a clear answer
 * instead of an error, and the session stays open.
 */
public final class NothingInProgressHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (SessionStateGuard.stateWasReset(input)) {
            return Replies.ask(input, MainMenu.lostPlace(input), MainMenu.reprompt(input));
        }
        return Replies.ask(input,
                Ssml.of(Replies.speech(input).text("nothing.running"), Replies.speech(input).text("nothing.howToBegin")),
                MainMenu.reprompt(input));
    }
}
