package com.bedtimelegs.state;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes the user's record back after a turn that changed it, unless the record could not be read
 * at the start of the session (then it is left alone). A failed write costs one log line; the
 * answer already given stands.
 */
public final class MemorySaver implements ResponseInterceptor {
    private final Consumer<String> log;

    public MemorySaver(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        if (input.getRequestEnvelope().getSession() == null || !Memory.changedThisTurn(input)) {
            return;
        }
        Memory memory = Memory.of(input);
        if (!memory.available()) {
            return;
        }
        try {
            input.getAttributesManager().setPersistentAttributes(memory.toRecord());
            input.getAttributesManager().savePersistentAttributes();
        } catch (RuntimeException e) {
            log.accept("memory not saved: " + e.getClass().getSimpleName());
        }
    }
}
