package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.bedtimelegs.state.Conversation;
import java.util.Set;

/**
 * A handler for named intents. Declaring the names (instead of hiding them in canHandle) lets a
 * test prove every intent in the interaction model has a handler and vice versa.
 */
public abstract class IntentHandler implements RequestHandler {
    private final Set<String> intentNames;

    protected IntentHandler(String... intentNames) {
        this.intentNames = Set.of(intentNames);
    }

    public final Set<String> intentNames() {
        return intentNames;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof IntentRequest request
                && request.getIntent() != null
                && intentNames.contains(request.getIntent().getName())
                && appliesTo(Conversation.of(input));
    }

    /** Narrows the handler to a state, e.g. only while a stretch routine is running. */
    protected boolean appliesTo(Conversation conversation) {
        return true;
    }

    protected static String intentName(HandlerInput input) {
        return ((IntentRequest) input.getRequestEnvelope().getRequest()).getIntent().getName();
    }
}
