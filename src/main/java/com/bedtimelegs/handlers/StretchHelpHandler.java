package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.stretch.Step;
import com.bedtimelegs.stretch.Walkthrough;
import com.bedtimelegs.stretch.Words;
import java.util.Optional;

/** Help in the middle of a routine: where you are, and the words that work here. */
public final class StretchHelpHandler extends StretchPositionHandler {
    @Override
    protected Optional<Response> handle(HandlerInput input, Walkthrough.Restored restored) {
        Walkthrough here = restored.walkthrough();
        Speech words = Replies.speech(input);
        Ssml speech = Ssml.speech();
        if (!here.atWindDown()) {
            Step step = here.current();
            speech.say(words.text("stretch.helpWhere", here.routine().name(), Words.number(step.item() + 1),
                    Words.number(step.items()), step.stretch().name()));
        }
        if (here.paused()) {
            speech.say(words.text("stretch.helpPaused"));
        }
        speech.say(words.text("stretch.help"));
        return Replies.ask(input, speech.build(), StretchFlow.reprompt(input, here));
    }
}
