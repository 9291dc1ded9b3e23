package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import java.util.Optional;

public final class LaunchHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof LaunchRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation.of(input).reset();
        return Replies.ask(input, MainMenu.welcome(input), MainMenu.reprompt(input));
    }
}
