package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import java.util.Optional;

/** "It's still cramping": the next technique with a timed hold; with no cramp in progress, a new one. */
public final class CrampStillThereHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        return CrampFlow.stillCramping(input);
    }
}
