package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/** Custom intents whose feature has not landed yet: an honest answer, session kept. */
public final class ComingSoonHandler extends IntentHandler {
    public ComingSoonHandler(String... intents) {
        super(intents);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Replies.ask(input,
                Ssml.of("That part of Bedtime Legs isn't ready yet.", MainMenu.CHOICES),
                MainMenu.reprompt());
    }
}
