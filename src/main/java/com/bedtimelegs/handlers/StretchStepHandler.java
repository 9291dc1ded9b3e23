package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.stretch.Walkthrough;
import java.util.Optional;

/**
 * Moving through a running routine: next (also "done", "ready", "okay", and "that's done" heard as
 * CrampGoneIntent, since no cramp is in progress while a stretch runs), skip, repeat, start
 * over, and "no" or "not sure" (no rush). Claims these only while a stretch is running.
 */
public final class StretchStepHandler extends StretchPositionHandler {
    @Override
    protected Optional<Response> handle(HandlerInput input, Walkthrough.Restored restored) {
        Walkthrough here = restored.walkthrough();
        Ssml opening = StretchFlow.repairedOpening(input, restored);
        if (restored.repaired()) {
            return StretchFlow.speak(input, here, opening);
        }
        return switch (intentName(input)) {
            // "that's done", "let's go": Alexa may hear CrampGoneIntent; with no cramp in progress it means this step is done
            case Intents.NEXT, Intents.YES, Intents.CRAMP_GONE -> StretchFlow.speak(input, here.next(), opening);
            case Intents.SKIP -> skip(input, here);
            case Intents.REPEAT -> StretchFlow.speak(input, here.resume(),
                    Ssml.speech().say(Replies.speech(input).text(here.current().isSetup() ? "stretch.onceMore" : "stretch.thatPartAgain")));
            case Intents.START_OVER -> StretchFlow.speak(input, here.startOver(),
                    Ssml.speech().say(Replies.speech(input).text("stretch.fromTheTop", here.routine().name())).breath());
            default -> notYet(input, here);
        };
    }

    private static Optional<Response> skip(HandlerInput input, Walkthrough here) {
        if (here.onLastStretch()) {
            return StretchFlow.speak(input, here.skip(), Ssml.speech()
                    .say(Replies.speech(input).text("stretch.lastNoSkip")));
        }
        Walkthrough next = here.skip();
        return StretchFlow.speak(input, next, Ssml.speech().say(Replies.speech(input).text("stretch.leftOut")).breath());
    }

    /** "No" or "not sure" mid-routine: nothing changes; take your time. */
    private static Optional<Response> notYet(HandlerInput input, Walkthrough here) {
        Speech words = Replies.speech(input);
        String what = here.paused() ? "stretch.noRushResume"
                : here.current().isSetup() ? "stretch.noRushReady"
                : "stretch.noRushNext";
        return Replies.ask(input,
                Ssml.of(words.text("stretch.noRush"), words.text(what)),
                StretchFlow.reprompt(input, here));
    }
}
