package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/** "Forget me" / "delete my data": says what would be deleted and asks first (see ForgetConfirmHandler). */
public final class ForgetMeHandler extends IntentHandler {

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation.of(input).reset().offer(Offer.FORGET_ME);
        Speech words = Replies.speech(input);
        return Replies.ask(input, Ssml.of(words.text("memory.forgetAsk"), words.text("memory.forgetQuestion")),
                Ssml.of(words.text("memory.forgetReprompt")));
    }
}
