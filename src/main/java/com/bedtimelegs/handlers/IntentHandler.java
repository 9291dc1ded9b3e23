package com.bedtimelegs.handlers;

import com.amazon.ask.request.RequestHelper;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.bedtimelegs.state.Conversation;

/**
 * A handler for intents. Which handler answers an intent is decided in one place, {@link Routes},
 * by intent, activity and offer; the names a handler answers are read from there too, so a test
 * can prove every intent in the interaction model has a handler and vice versa.
 */
public abstract class IntentHandler implements RequestHandler {

    @Override
    public final boolean canHandle(HandlerInput input) {
        if (!(input.getRequest() instanceof IntentRequest request)) {
            return false;
        }
        // An intent without a name is nothing we know: the routes send it to the fallback.
        String name = request.getIntent() == null ? null : request.getIntent().getName();
        Conversation conversation = Conversation.of(input);
        return Routes.handlerFor(name, conversation.activity(), conversation.offer()) == getClass();
    }

    protected static String intentName(HandlerInput input) {
        return RequestHelper.forHandlerInput(input).getIntentName();
    }
}
