package com.bedtimelegs.handlers;

import com.amazon.ask.request.Predicates;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;
import java.util.Optional;

/**
 * Every request that is not an intent or a launch: the session ended (the user walked away or
 * said "exit"), System.ExceptionEncountered, display or audio events. An empty response, because
 * Alexa allows no speech for them.
 */
public final class OtherRequestHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (input.matches(Predicates.requestType(SessionEndedRequest.class))
                && input.getRequestEnvelope().getSession() != null && Conversation.of(input).in(Activity.STRETCH)) {
            StretchFlow.rememberWhereStopped(input); // fell asleep mid-routine, or said "exit"
        }
        return input.getResponseBuilder().build();
    }
}
