package com.bedtimelegs.state;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the session attributes before each turn so a failing handler can't leave half-changed
 * state behind: the exception handler puts the copy back.
 */
public final class StateSnapshot implements RequestInterceptor {
    private static final String KEY = "sessionBeforeTurn";

    @Override
    public void process(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return; // e.g. System.ExceptionEncountered: no session, nothing to protect
        }
        input.getAttributesManager().getRequestAttributes()
                .put(KEY, deepCopy(input.getAttributesManager().getSessionAttributes()));
    }

    /** Restores the session attributes to how they were when the turn began. */
    @SuppressWarnings("unchecked")
    public static void restore(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return; // out-of-session requests have no attributes to restore
        }
        Object saved = input.getAttributesManager().getRequestAttributes().get(KEY);
        if (saved instanceof Map<?, ?> map) {
            input.getAttributesManager().setSessionAttributes((Map<String, Object>) deepCopy(map));
        }
    }

    static Map<String, Object> deepCopy(Map<?, ?> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (source != null) {
            source.forEach((k, v) -> copy.put(String.valueOf(k), copyValue(v)));
        }
        return copy;
    }

    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return deepCopy(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(copyValue(item)));
            return copy;
        }
        return value; // strings, numbers, booleans are immutable
    }
}
