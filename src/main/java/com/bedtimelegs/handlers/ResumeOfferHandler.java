package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Memory;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.stretch.Walkthrough;
import java.util.Optional;

/**
 * The answer to "would you like to pick up where you left off?": yes (or "resume") goes back to
 * the stretch the routine stopped in; no forgets that position.
 */
public final class ResumeOfferHandler extends IntentHandler {

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        conversation.offer(Offer.NONE);
        Optional<Walkthrough> resumable = StretchFlow.resumable(input);
        if (Intents.NO.equals(intentName(input)) || resumable.isEmpty()) {
            Memory.of(input).forgetResume();
            return Replies.ask(input, Ssml.of(Replies.speech(input).text("memory.resumeDeclined"), MainMenu.anythingElse(input)),
                    MainMenu.reprompt(input));
        }
        conversation.start(Activity.STRETCH);
        return StretchFlow.speak(input, resumable.get(),
                Ssml.speech().say(Replies.speech(input).text("memory.resumePickingUp")).breath());
    }
}
