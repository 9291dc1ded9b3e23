package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.skill.SessionStateGuard;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/**
 * Next, skip, pause, resume and start over when no activity claimed them: a clear answer
 * instead of an error, and the session stays open.
 */
public final class NothingInProgressHandler extends IntentHandler {
    public NothingInProgressHandler() {
        super(Intents.NEXT, Intents.SKIP, Intents.PAUSE, Intents.RESUME, Intents.START_OVER);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (SessionStateGuard.stateWasReset(input)) {
            return Replies.ask(input, Ssml.of(MainMenu.LOST_PLACE, MainMenu.CHOICES), MainMenu.reprompt());
        }
        return Replies.ask(input,
                Ssml.of("There's nothing running to move through right now.",
                        "To begin, say: start a bedtime stretch. Or, if you have a cramp, say cramp."),
                MainMenu.reprompt());
    }
}
