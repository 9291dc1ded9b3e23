package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.stretch.Walkthrough;
import java.util.Optional;

/** A mid-routine handler that needs the routine's position; a position that can't be read restarts kindly. */
abstract class StretchPositionHandler extends IntentHandler {
    @Override
    public final Optional<Response> handle(HandlerInput input) {
        Optional<Walkthrough.Restored> restored = StretchFlow.load(input);
        return restored.isEmpty() ? StretchFlow.lostPlace(input) : handle(input, restored.get());
    }

    protected abstract Optional<Response> handle(HandlerInput input, Walkthrough.Restored restored);
}
