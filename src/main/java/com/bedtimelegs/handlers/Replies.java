package com.bedtimelegs.handlers;

import com.amazon.ask.request.RequestHelper;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Memory;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/** The two shapes every answer takes: ask (expects a reply, with reprompt) or tell (ends). */
public final class Replies {
    private Replies() {
    }

    /** The words for this request's locale (en-US when the request names none). */
    public static Speech speech(HandlerInput input) {
        return Speech.of(RequestHelper.forHandlerInput(input).getLocale());
    }

    /** The speech in the user's voice setting: whispered and slower when they asked for a quiet voice. */
    public static String voiced(HandlerInput input, String ssml) {
        return ssml != null && Memory.of(input).quiet() ? Ssml.quiet(ssml) : ssml;
    }

    /** Speaks and listens; the reprompt is what Alexa says if the user stays silent. */
    public static Optional<Response> ask(HandlerInput input, String speechSsml, String repromptSsml) {
        return input.getResponseBuilder()
                .withSpeech(voiced(input, speechSsml))
                .withReprompt(voiced(input, repromptSsml))
                .withShouldEndSession(false)
                .build();
    }

    /** Speaks and ends the session. */
    public static Optional<Response> tell(HandlerInput input, String speechSsml) {
        return input.getResponseBuilder()
                .withSpeech(voiced(input, speechSsml))
                .withShouldEndSession(true)
                .build();
    }
}
