package com.bedtimelegs.handlers;

import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Offer;

/** A handler for the answer to one offer (e.g. "yes" to "would you like a stretch?"); the offering feature owns it. */
public abstract class OfferHandler extends IntentHandler {
    private final Offer offer;

    protected OfferHandler(Offer offer, String... intentNames) {
        super(intentNames);
        this.offer = offer;
    }

    @Override
    protected final boolean appliesTo(Conversation conversation) {
        return conversation.offer() == offer;
    }
}
