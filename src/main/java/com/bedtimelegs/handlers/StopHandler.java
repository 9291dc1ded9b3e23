package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import java.util.Optional;

/** Stop and cancel: a kind goodnight, session over. */
public final class StopHandler extends IntentHandler {
    public StopHandler() {
        super(Intents.STOP, Intents.CANCEL);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation.of(input).reset();
        return Replies.tell(input, MainMenu.goodnight(input));
    }
}
