package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import java.util.Optional;

/** The two shapes every answer takes: ask (expects a reply, with reprompt) or tell (ends). */
public final class Replies {
    private Replies() {
    }

    /** Speaks and listens; the reprompt is what Alexa says if the user stays silent. */
    public static Optional<Response> ask(HandlerInput input, String speechSsml, String repromptSsml) {
        return input.getResponseBuilder()
                .withSpeech(speechSsml)
                .withReprompt(repromptSsml)
                .withShouldEndSession(false)
                .build();
    }

    /** Speaks and ends the session. */
    public static Optional<Response> tell(HandlerInput input, String speechSsml) {
        return input.getResponseBuilder()
                .withSpeech(speechSsml)
                .withShouldEndSession(true)
                .build();
    }
}
