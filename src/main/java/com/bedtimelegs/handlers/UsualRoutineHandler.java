package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.stretch.Routine;
import java.util.Optional;

/** Yes or no to "your usual is the quick bedtime stretch; shall we do that?". No asks which one instead. */
public final class UsualRoutineHandler extends IntentHandler {

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<Routine> usual = StretchFlow.usual(input);
        if (Intents.NO.equals(intentName(input)) || usual.isEmpty()) {
            Conversation.of(input).offer(Offer.NONE);
            return StretchFlow.askChoice(input);
        }
        return StretchFlow.start(input, usual.get());
    }
}
