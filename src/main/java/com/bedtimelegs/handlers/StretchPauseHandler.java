package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.stretch.Walkthrough;
import java.util.Optional;

/** Pause and resume inside a routine. Pause keeps listening; resume says the current step again. */
public final class StretchPauseHandler extends StretchPositionHandler {
    @Override
    protected Optional<Response> handle(HandlerInput input, Walkthrough.Restored restored) {
        Walkthrough here = restored.walkthrough();
        if (restored.repaired()) {
            return StretchFlow.speak(input, here, StretchFlow.repairedOpening(input, restored));
        }
        if (Intents.PAUSE.equals(intentName(input))) {
            Walkthrough paused = here.pause();
            StretchFlow.save(Conversation.of(input), paused);
            Speech words = Replies.speech(input);
            String first = words.text(here.paused() ? "stretch.alreadyPaused" : "stretch.paused");
            return Replies.ask(input, Ssml.of(first, words.text("stretch.resumeWhenReady")),
                    StretchFlow.reprompt(input, paused));
        }
        if (!here.paused()) {
            return Replies.ask(input,
                    Ssml.of(Replies.speech(input).text("stretch.notPaused"), Replies.speech(input).text("stretch.notPausedHint")),
                    StretchFlow.reprompt(input, here));
        }
        return StretchFlow.speak(input, here.resume(), Ssml.speech().say(Replies.speech(input).text("stretch.welcomeBack")));
    }
}
