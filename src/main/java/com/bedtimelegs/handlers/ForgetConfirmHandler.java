package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Memory;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/**
 * Yes or no to "do you want me to forget you?". Yes deletes the stored record and says so only
 * once the store confirmed it; a store that can't be reached is said plainly.
 */
public final class ForgetConfirmHandler extends IntentHandler {

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation.of(input).offer(Offer.NONE);
        Speech words = Replies.speech(input);
        if (Intents.NO.equals(intentName(input))) {
            return Replies.ask(input, Ssml.of(words.text("memory.forgetKept"), MainMenu.anythingElse(input)),
                    MainMenu.reprompt(input));
        }
        try {
            input.getAttributesManager().deletePersistentAttributes();
        } catch (RuntimeException e) {
            return Replies.ask(input, Ssml.of(words.text("memory.forgetFailed"), MainMenu.anythingElse(input)),
                    MainMenu.reprompt(input));
        }
        Memory.of(input).forgotten();
        return Replies.tell(input, Ssml.speech().say(words.text("memory.forgetDone")).thenSsml(MainMenu.goodnight(input)).build());
    }
}
