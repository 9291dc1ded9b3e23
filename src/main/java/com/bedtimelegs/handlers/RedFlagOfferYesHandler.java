package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.skill.Conversation;
import com.bedtimelegs.skill.Offer;
import java.util.Optional;

/** "Yes" to "Would you like to run the red-flag check?" (offered by other features). */
public final class RedFlagOfferYesHandler extends IntentHandler {
    public RedFlagOfferYesHandler() {
        super(Intents.YES);
    }

    @Override
    protected boolean appliesTo(Conversation conversation) {
        return conversation.offer() == Offer.RED_FLAG_CHECK;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return TriageFlow.start(input, "triage.letsCheck");
    }
}
