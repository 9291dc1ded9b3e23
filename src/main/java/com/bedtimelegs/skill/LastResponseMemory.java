package com.bedtimelegs.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import java.util.Optional;
import java.util.Set;
import com.amazon.ask.model.IntentRequest;

/** Remembers the last thing said so "repeat" and "sorry, I didn't catch that" can say it again. */
public final class LastResponseMemory implements ResponseInterceptor {
    private static final Set<String> NOT_REMEMBERED = Set.of("AMAZON.FallbackIntent", "AMAZON.RepeatIntent");

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        if (input.getRequestEnvelope().getSession() == null || response.isEmpty()) {
            return;
        }
        if (input.getRequestEnvelope().getRequest() instanceof IntentRequest request && request.getIntent() != null
                && NOT_REMEMBERED.contains(request.getIntent().getName())) {
            return; // "repeat" after "sorry, I didn't catch that" should repeat the real question
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
