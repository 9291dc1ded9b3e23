package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Optional;

/**
 * Request types we don't act on (System.ExceptionEncountered, display or audio events):
 * an empty response, because Alexa allows no speech for most of them. Registered last.
 */
public final class OtherRequestHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return input.getResponseBuilder().build();
    }
}
