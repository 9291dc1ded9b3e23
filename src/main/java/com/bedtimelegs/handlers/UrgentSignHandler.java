package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.triage.UrgentSigns;
import java.util.Optional;

/**
 * Urgent signs said in the person's own words, at any moment (at launch, as a one-shot, mid
 * stretch, mid cramp, mid check, after a tip): chest pain, struggling to breathe, coughing up
 * blood or fainting get the emergency number; a red, warm, swollen or tender leg, or a cramp that
 * won't stop, gets medical help today. Whatever was going on stops, the answer says why in one
 * sentence, leaves a card, and the session ends. Nothing heard here is kept.
 */
public final class UrgentSignHandler extends IntentHandler {
    static final String SYMPTOM_SLOT = "symptom";
    static final String SIGN_SLOT = "sign";


    @Override
    public Optional<Response> handle(HandlerInput input) {
        String intent = intentName(input);
        if (intent.equals(Intents.CRAMP_PERSISTING)) {
            return TriageFlow.tell(input, UrgentSigns.get(UrgentSigns.CRAMP_PERSISTING));
        }
        boolean emergency = intent.equals(Intents.EMERGENCY_SYMPTOM);
        String slot = emergency ? SYMPTOM_SLOT : SIGN_SLOT;
        Optional<String> id = Slots.resolvedId(input, slot);
        if (id.isEmpty() && Slots.heard(input, slot)) {
            // Alexa heard words it couldn't match to a sign we know: ask, chest pain first, rather than guess.
            return TriageFlow.start(input, "urgent.checkToBeSure");
        }
        String known = id.filter(i -> UrgentSigns.byId(i).isPresent())
                .orElse(emergency ? UrgentSigns.ANY_EMERGENCY : UrgentSigns.ANY_LEG_SIGN);
        return TriageFlow.tell(input, UrgentSigns.get(known));
    }
}
