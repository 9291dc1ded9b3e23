package com.bedtimelegs.state;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the user's stored record once per session (a launch costs at most one read) into the
 * session. A store that is down, slow, or holds a malformed or older-version record leaves the
 * user treated as new, with one log line that names only what went wrong, never the user.
 */
public final class MemoryLoader implements RequestInterceptor {
    private final Consumer<String> log;

    public MemoryLoader(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void process(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return; // out-of-session requests (e.g. System.ExceptionEncountered) neither read nor write
        }
        Map<String, Object> session = input.getAttributesManager().getSessionAttributes();
        if (session.get(Memory.SESSION_KEY) instanceof Map<?, ?>) {
            return; // read earlier in this session
        }
        Map<String, Object> loaded;
        try {
            Optional<Map<String, Object>> record = Memory.fromRecord(input.getAttributesManager().getPersistentAttributes());
            if (record.isPresent()) {
                loaded = record.get();
            } else {
                log.accept("memory record unusable: malformed or another version; treating as a new user");
                loaded = Memory.unreadableState();
            }
        } catch (RuntimeException e) {
            log.accept("memory store unavailable: " + e.getClass().getSimpleName() + "; treating as a new user");
            loaded = Memory.unreadableState();
        }
        session.put(Memory.SESSION_KEY, loaded);
    }
}
