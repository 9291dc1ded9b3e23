package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Offer;
import java.util.Optional;

/** "Yes" to "Do you have a cramp right now?": start cramp relief and ask where it is. */
public final class CrampOfferHandler extends OfferHandler {
    public CrampOfferHandler() {
        super(Offer.CRAMP_RELIEF, Intents.YES);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return CrampFlow.start(input, null);
    }
}
