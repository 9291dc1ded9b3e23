package com.bedtimelegs.state;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import java.util.Map;
import java.util.Optional;

/**
 * Session attributes carry a schema version. Attributes written by another version of the skill
 * (a deploy mid-conversation) or tampered with are dropped before any handler reads them, so no
 * handler has to guess at their shape; handlers then tell the user they lost their place.
 */
public final class SessionStateGuard implements RequestInterceptor, ResponseInterceptor {
    /** Bump whenever the shape of the session attributes changes. */
    public static final int CURRENT_VERSION = 1;
    public static final String VERSION = "v";
    private static final String RESET_THIS_TURN = "sessionStateGuard.reset";

    @Override
    public void process(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return;
        }
        Map<String, Object> attributes = input.getAttributesManager().getSessionAttributes();
        if (attributes.isEmpty() || isCurrent(attributes.get(VERSION))) {
            return;
        }
        attributes.clear();
        input.getAttributesManager().getRequestAttributes().put(RESET_THIS_TURN, Boolean.TRUE);
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        if (input.getRequestEnvelope().getSession() == null) {
            return;
        }
        input.getAttributesManager().getSessionAttributes().put(VERSION, CURRENT_VERSION);
    }

    /** True when this turn began with state the skill could not trust and had to forget. */
    public static boolean stateWasReset(HandlerInput input) {
        return Boolean.TRUE.equals(input.getAttributesManager().getRequestAttributes().get(RESET_THIS_TURN));
    }

    private static boolean isCurrent(Object version) {
        return version instanceof Number n && n.doubleValue() == CURRENT_VERSION;
    }
}
