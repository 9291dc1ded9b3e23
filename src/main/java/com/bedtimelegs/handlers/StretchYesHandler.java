package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.stretch.Routine;
import com.bedtimelegs.stretch.RoutineCatalog;
import java.util.Optional;

/**
 * "Yes" to a stretch offer (from any feature, or to "in bed, quick, or full?"): the in-bed
 * routine, because whoever is talking to us at night is most likely lying down in the dark.
 */
public final class StretchYesHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        return StretchFlow.start(input, RoutineCatalog.get().routine(Routine.Kind.IN_BED),
                "stretch.inBedYes");
    }
}
