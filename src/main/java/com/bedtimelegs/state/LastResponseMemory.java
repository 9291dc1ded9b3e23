package com.bedtimelegs.state;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import java.util.Optional;


/** Remembers the last thing said so "repeat" and "sorry, I didn't catch that" can say it again. */
public final class LastResponseMemory implements ResponseInterceptor {
    private static final String SKIP = "lastResponseMemory.skip";

    /** Marks this turn's reply as not worth repeating (a "didn't catch that", or a repeat itself). */
    public static void skip(HandlerInput input) {
        input.getAttributesManager().getRequestAttributes().put(SKIP, Boolean.TRUE);
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        if (input.getRequestEnvelope().getSession() == null || response.isEmpty()) {
            return;
        }
        if (Boolean.TRUE.equals(input.getAttributesManager().getRequestAttributes().get(SKIP))) {
            return;
        }
        Response r = response.get();
        if (Boolean.TRUE.equals(r.getShouldEndSession())) {
            return; // session is over; nothing to repeat
        }
        String speech = r.getOutputSpeech() instanceof SsmlOutputSpeech s ? s.getSsml() : null;
        if (speech == null) {
            return;
        }
        String reprompt = r.getReprompt() != null && r.getReprompt().getOutputSpeech() instanceof SsmlOutputSpeech s
                ? s.getSsml() : null;
        Conversation.of(input).remember(speech, reprompt);
    }
}
