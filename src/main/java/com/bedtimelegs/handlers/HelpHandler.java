package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import java.util.Optional;

/** Help at the top level; activities register their own, more specific help first. */
public final class HelpHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Replies.ask(input, MainMenu.help(input), MainMenu.reprompt(input));
    }
}
