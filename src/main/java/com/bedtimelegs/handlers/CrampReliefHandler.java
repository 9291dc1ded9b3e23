package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import java.util.Optional;

/**
 * "Help with a cramp in my calf": the first thing to do, how, a timed hold, then warmth.
 * A missing or unmatched muscle gets a stretch that is safe for any leg muscle and one question.
 */
public final class CrampReliefHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        String muscle = Slots.resolvedId(input, CrampFlow.MUSCLE_SLOT).orElse(null);
        return CrampFlow.start(input, muscle);
    }
}
