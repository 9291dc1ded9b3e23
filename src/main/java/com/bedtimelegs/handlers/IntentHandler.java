package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.bedtimelegs.state.Conversation;
import java.util.Set;
import java.util.TreeSet;

/**
 * A handler for intents. Which handler answers an intent is decided in one place, {@link Routes},
 * by intent, activity and offer; the names a handler answers are read from there too, so a test
 * can prove every intent in the interaction model has a handler and vice versa.
 */
public abstract class IntentHandler implements RequestHandler {

    /** The intents this handler answers in at least one activity or offer, from {@link Routes}. */
    public final Set<String> intentNames() {
        Set<String> names = new TreeSet<>();
        Routes.RULES.stream().filter(rule -> rule.handler() == getClass()).forEach(rule -> names.addAll(rule.intents()));
        if (getClass() == FallbackHandler.class) {
            names.add(Intents.FALLBACK);
        }
        return names;
    }

    @Override
    public final boolean canHandle(HandlerInput input) {
        if (!(input.getRequestEnvelope().getRequest() instanceof IntentRequest request)) {
            return false;
        }
        // An intent without a name is nothing we know: the routes send it to the fallback.
        String name = request.getIntent() == null ? null : request.getIntent().getName();
        Conversation conversation = Conversation.of(input);
        return Routes.handlerFor(name, conversation.activity(), conversation.offer()) == getClass();
    }

    protected static String intentName(HandlerInput input) {
        return ((IntentRequest) input.getRequestEnvelope().getRequest()).getIntent().getName();
    }
}
