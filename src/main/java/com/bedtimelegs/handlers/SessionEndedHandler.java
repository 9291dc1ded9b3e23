package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;
import java.util.Optional;

/** The user walked away or said "exit"; Alexa allows no speech here. */
public final class SessionEndedHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof SessionEndedRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() != null && Conversation.of(input).in(Activity.STRETCH)) {
            StretchFlow.rememberWhereStopped(input); // fell asleep mid-routine, or said "exit"
        }
        return input.getResponseBuilder().build();
    }
}
