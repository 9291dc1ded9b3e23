package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.skill.Conversation;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/** "It's gone": aftercare, prevention and the red-flag check on offer; with no cramp, a kind word. */
public final class CrampGoneHandler extends IntentHandler {
    public CrampGoneHandler() {
        super(Intents.CRAMP_GONE);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        if (CrampReplies.hasCramp(conversation)) {
            return CrampReplies.gone(input);
        }
        conversation.reset();
        return Replies.ask(input,
                Ssml.of("I'm glad you're feeling better.",
                        "If a cramp comes back, just say: I have a cramp.",
                        "Is there anything else? " + MainMenu.CHOICES),
                MainMenu.reprompt());
    }
}
