package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.state.SessionStateGuard;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/**
 * Yes, no or "not sure" that no activity claimed. Activities register handlers for the offers
 * they make; this one answers when nothing was asked, or the user declined.
 */
public final class YesNoHandler extends IntentHandler {
    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (SessionStateGuard.stateWasReset(input)) {
            return Replies.ask(input, MainMenu.lostPlace(input), MainMenu.reprompt(input));
        }
        Conversation conversation = Conversation.of(input);
        boolean wasOffered = conversation.offer() != Offer.NONE;
        conversation.offer(Offer.NONE);
        if (Intents.NO.equals(intentName(input)) && wasOffered) {
            return Replies.ask(input,
                    Ssml.of(Replies.speech(input).text("menu.okay"), MainMenu.anythingElse(input),
                            Replies.speech(input).text("menu.orStop")),
                    MainMenu.reprompt(input));
        }
        return Replies.ask(input,
                Ssml.of(Replies.speech(input).text("yesno.notSure"), MainMenu.choices(input)),
                MainMenu.reprompt(input));
    }
}
