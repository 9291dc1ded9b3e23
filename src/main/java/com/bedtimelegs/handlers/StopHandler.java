package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;
import java.util.Optional;

/** Stop and cancel: a kind goodnight, session over; mid-routine, one calm sentence first. */
public final class StopHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        boolean stretching = conversation.in(Activity.STRETCH);
        if (stretching) {
            StretchFlow.rememberWhereStopped(input); // offered again at the next launch
        }
        conversation.reset();
        return Replies.tell(input, Ssml.speech()
                .say(stretching ? Replies.speech(input).text("stretch.stopped") : null)
                .thenSsml(MainMenu.goodnight(input))
                .build());
    }
}
