package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.skill.Conversation;
import com.bedtimelegs.skill.Offer;
import java.util.Optional;

/** "Yes" to "Do you have a cramp right now?": start cramp relief and ask where it is. */
public final class CrampOfferHandler extends IntentHandler {
    public CrampOfferHandler() {
        super(Intents.YES);
    }

    @Override
    protected boolean appliesTo(Conversation conversation) {
        return conversation.offer() == Offer.CRAMP_RELIEF;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return CrampReplies.start(input, null);
    }
}
