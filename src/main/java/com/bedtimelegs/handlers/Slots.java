package com.bedtimelegs.handlers;

import com.amazon.ask.request.RequestHelper;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import java.util.Optional;

/** Reads slots the way Alexa reports them: the id from entity resolution, never the raw words. */
public final class Slots {
    private Slots() {
    }

    /** The canonical id when Alexa matched the words to a value of the slot type. */
    public static Optional<String> resolvedId(HandlerInput input, String slotName) {
        return slot(input, slotName).flatMap(Slots::resolvedId);
    }

    /**
     * The first id an authority matched. Alexa's arrays are read as they may arrive from a sender
     * we don't control: a null authority, value wrapper or value is skipped, never dereferenced.
     */
    public static Optional<String> resolvedId(Slot slot) {
        if (slot == null || slot.getResolutions() == null || slot.getResolutions().getResolutionsPerAuthority() == null) {
            return Optional.empty();
        }
        for (Resolution resolution : slot.getResolutions().getResolutionsPerAuthority()) {
            if (resolution == null || resolution.getStatus() == null
                    || resolution.getStatus().getCode() != StatusCode.ER_SUCCESS_MATCH
                    || resolution.getValues() == null) {
                continue;
            }
            for (ValueWrapper wrapper : resolution.getValues()) {
                if (wrapper != null && wrapper.getValue() != null && wrapper.getValue().getId() != null
                        && !wrapper.getValue().getId().isBlank()) {
                    return Optional.of(wrapper.getValue().getId());
                }
            }
        }
        return Optional.empty();
    }

    /** True when the user said something for the slot, matched or not. */
    public static boolean heard(HandlerInput input, String slotName) {
        return slot(input, slotName).map(s -> s.getValue() != null && !s.getValue().isBlank()).orElse(false);
    }

    public static Optional<Slot> slot(HandlerInput input, String slotName) {
        if (!(input.getRequest() instanceof IntentRequest request) || request.getIntent() == null) {
            return Optional.empty(); // RequestHelper.getSlot needs an intent
        }
        return RequestHelper.forHandlerInput(input).getSlot(slotName);
    }
}
