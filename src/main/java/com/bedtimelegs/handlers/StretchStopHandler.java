package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/** Stop or cancel mid-routine: no questions, a kind goodnight, session over. */
public final class StretchStopHandler extends ActivityHandler {
    public StretchStopHandler() {
        super(Activity.STRETCH, Intents.STOP, Intents.CANCEL);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        StretchFlow.rememberWhereStopped(input);
        Conversation.of(input).reset();
        return Replies.tell(input, Ssml.speech()
                .say(Replies.speech(input).text("stretch.stopped"))
                .thenSsml(MainMenu.goodnight(input))
                .build());
    }
}
