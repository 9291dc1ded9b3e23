package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/** "It's gone": aftercare, prevention and the red-flag check on offer; with no cramp, a kind word. */
public final class CrampGoneHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        if (CrampFlow.hasCramp(conversation)) {
            return CrampFlow.gone(input);
        }
        // Not about a cramp we know of: a kind word, and whatever was in progress stays as it was.
        String reprompt = conversation.lastReprompt();
        if (conversation.activity() != Activity.NONE && reprompt != null) {
            return Replies.ask(input,
                    Ssml.speech().say(Replies.speech(input).text("cramp.gladToHear")).thenSsml(reprompt).build(), reprompt);
        }
        conversation.offer(Offer.NONE); // a later "yes" must not accept something offered before
        return Replies.ask(input,
                Ssml.of(Replies.speech(input).text("cramp.gladBetter"), MainMenu.anythingElse(input)),
                MainMenu.reprompt(input));
    }
}
