package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/**
 * "I have an urge to move my legs", "my legs feel crawly": said at any moment. It says what was
 * heard (an urge to move, eased by moving, is not a cramp), what may help now and before bed, and
 * when to see a doctor, without naming a condition; then offers the in-bed stretch. Whatever was in
 * progress ends, as with any new request. Routes sends RestlessLegsIntent here from anywhere; urgent
 * signs are routed before it.
 */
public final class RestlessLegsHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech words = Replies.speech(input);
        Conversation conversation = Conversation.of(input);
        conversation.reset();
        conversation.offer(Offer.STRETCH);
        return Replies.ask(input,
                Ssml.of(words.text("restless.heard"), words.text("restless.now"), words.text("restless.habits"),
                        words.text("restless.doctor"), words.text("restless.offer")),
                Ssml.of(words.text("restless.offerReprompt")));
    }
}
