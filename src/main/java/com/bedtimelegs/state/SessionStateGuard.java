package com.bedtimelegs.state;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;

/**
 * Session attributes carry a schema version. Attributes written by another version of the skill
 * (a deploy mid-conversation) or tampered with are dropped before any handler reads them, so no
 * handler has to guess at their shape; handlers then tell the user they lost their place.
 *
 * <p>Even with the right version, only the keys the skill owns ({@link Conversation#budget}) are
 * kept, each within its size: Alexa sends the attributes back and the skill returns them, so junk
 * beside valid state would otherwise be echoed into every response, past Alexa's size limit.
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
        if (attributes.isEmpty()) {
            return;
        }
        if (!isCurrent(attributes.get(VERSION))) {
            attributes.clear();
            input.getAttributesManager().getRequestAttributes().put(RESET_THIS_TURN, Boolean.TRUE);
            return;
        }
        Map<String, Integer> sizes = sizes(attributes);
        if (!oversized(sizes).isEmpty()) {
            // One of our own values is larger than the skill ever writes: tampered, so part of
            // where we were is gone, and the user is told so.
            input.getAttributesManager().getRequestAttributes().put(RESET_THIS_TURN, Boolean.TRUE);
        }
        attributes.keySet().removeAll(untrusted(attributes, sizes));
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

    /**
     * Keys this guard drops from attributes of the current version: not ours (junk, never state),
     * over their size, or surplus (other activities' maps are leftovers; past the total they are
     * dropped, the current one stays).
     */
    public static Set<String> untrusted(Map<String, Object> attributes) {
        return untrusted(attributes, sizes(attributes));
    }

    private static Set<String> untrusted(Map<String, Object> attributes, Map<String, Integer> sizes) {
        Set<String> keys = new TreeSet<>();
        attributes.keySet().stream().filter(key -> Conversation.budget(key) < 0).forEach(keys::add);
        keys.addAll(oversized(sizes));
        Map<String, Object> kept = new HashMap<>(attributes);
        kept.keySet().removeAll(keys);
        Map<String, Integer> keptSizes = new HashMap<>(sizes);
        keptSizes.keySet().removeAll(keys);
        keys.addAll(surplusActivityStates(kept, keptSizes));
        return keys;
    }

    /** Bytes (as JSON) of each value the skill owns. */
    private static Map<String, Integer> sizes(Map<String, Object> attributes) {
        Map<String, Integer> sizes = new HashMap<>();
        attributes.forEach((key, value) -> {
            if (Conversation.budget(key) >= 0) {
                sizes.put(key, size(value));
            }
        });
        return sizes;
    }

    private static Set<String> oversized(Map<String, Integer> sizes) {
        Set<String> keys = new TreeSet<>();
        sizes.forEach((key, size) -> {
            if (size > Conversation.budget(key)) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** Maps of activities other than the current one, when all activity maps together exceed their total. */
    private static Set<String> surplusActivityStates(Map<String, Object> attributes, Map<String, Integer> sizes) {
        String current = Conversation.of(attributes).activity().name();
        int total = 0;
        Set<String> others = new TreeSet<>();
        for (Activity activity : Activity.values()) {
            Integer size = sizes.get(activity.name());
            if (size != null) {
                total += size;
                if (!activity.name().equals(current)) {
                    others.add(activity.name());
                }
            }
        }
        return total > Conversation.MAX_ALL_ACTIVITY_STATE_BYTES ? others : Set.of();
    }

    private static int size(Object value) {
        try {
            return Json.MAPPER.writeValueAsBytes(value).length;
        } catch (JsonProcessingException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static boolean isCurrent(Object version) {
        return version instanceof Number n && n.doubleValue() == CURRENT_VERSION;
    }
}
