package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import java.util.Optional;

/** "Yes" to "Would you like to run the red-flag check?" (offered by other features). */
public final class RedFlagOfferYesHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        return TriageFlow.start(input, "triage.letsCheck");
    }
}
