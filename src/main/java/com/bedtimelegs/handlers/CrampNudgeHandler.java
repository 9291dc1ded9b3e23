package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.LastResponseMemory;
import java.util.Optional;

/**
 * Words that don't answer the open question while a cramp is being eased: "done", "wait",
 * "next", or words Alexa didn't understand. The question is asked again (and Alexa keeps
 * listening for a muscle if that was the question); nothing in progress is lost.
 */
public final class CrampNudgeHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        LastResponseMemory.skip(input); // "repeat" should still give the technique, not this nudge
        if (Intents.FALLBACK.equals(intentName(input))) {
            return CrampFlow.askAgain(input, "cramp.didNotCatch");
        }
        return CrampFlow.askAgain(input, "cramp.takeYourTime");
    }
}
