package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/**
 * Yes, no or "not sure" during a cramp. To "Is it easing?" yes means it's gone and no means it's
 * still cramping. After the red-flag check was offered, "no" ends gently for the night and "not
 * sure" asks again; "yes" to that offer belongs to the red-flag check.
 */
public final class CrampAnswerHandler extends IntentHandler {


    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        String intent = intentName(input);
        if (conversation.offer() == Offer.RED_FLAG_CHECK && Intents.UNSURE.equals(intent)) {
            return CrampFlow.askAgain(input, "cramp.thatsOkay");
        }
        if (conversation.offer() == Offer.RED_FLAG_CHECK) {
            conversation.reset();
            return Replies.tell(input, Ssml.of(Replies.speech(input).text("cramp.restNow")));
        }
        if (!CrampFlow.hasCramp(conversation) || CrampFlow.progress(conversation).asksWhere()) {
            if (Intents.UNSURE.equals(intent)) {
                return CrampFlow.stillCramping(input); // can't say where: the next general technique
            }
            return CrampFlow.askAgain(input, "cramp.okay");
        }
        if (Intents.YES.equals(intent)) {
            return CrampFlow.gone(input);
        }
        if (Intents.NO.equals(intent)) {
            return CrampFlow.stillCramping(input);
        }
        return CrampFlow.askAgain(input, "cramp.keepGentle");
    }
}
