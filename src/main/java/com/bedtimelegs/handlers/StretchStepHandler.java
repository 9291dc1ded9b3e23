package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.skill.Activity;
import com.bedtimelegs.skill.Conversation;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.stretch.Walkthrough;
import java.util.Optional;

/**
 * Moving through a running routine: next (also "done", "ready", "okay"), skip, repeat, start
 * over, and "no" or "not sure" (no rush). Claims these only while a stretch is running.
 */
public final class StretchStepHandler extends IntentHandler {
    public StretchStepHandler() {
        super(Intents.NEXT, Intents.YES, Intents.SKIP, Intents.REPEAT, Intents.START_OVER, Intents.NO,
                Intents.UNSURE);
    }

    @Override
    protected boolean appliesTo(Conversation conversation) {
        return conversation.in(Activity.STRETCH);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<Walkthrough.Restored> restored = StretchSpeech.load(input);
        if (restored.isEmpty()) {
            return StretchSpeech.lostPlace(input);
        }
        Walkthrough here = restored.get().walkthrough();
        Ssml opening = StretchSpeech.repairedOpening(restored.get());
        if (restored.get().repaired()) {
            return StretchSpeech.speak(input, here, opening);
        }
        return switch (intentName(input)) {
            case Intents.NEXT, Intents.YES -> StretchSpeech.speak(input, here.next(), opening);
            case Intents.SKIP -> skip(input, here);
            case Intents.REPEAT -> StretchSpeech.speak(input, here.resume(),
                    Ssml.speech().say(here.current().isSetup() ? "Once more." : "Let's do that part again."));
            case Intents.START_OVER -> StretchSpeech.speak(input, here.startOver(),
                    Ssml.speech().say("Starting again from the top of " + here.routine().name() + ".").breath());
            default -> notYet(input, here);
        };
    }

    private static Optional<Response> skip(HandlerInput input, Walkthrough here) {
        if (here.onLastStretch()) {
            return StretchSpeech.speak(input, here.skip(), Ssml.speech()
                    .say("This is the last stretch, so there's nothing left to skip to.")
                    .say("Let's go straight to the wind-down."));
        }
        Walkthrough next = here.skip();
        return StretchSpeech.speak(input, next, Ssml.speech().say("Okay, we'll leave that one out.").breath());
    }

    /** "No" or "not sure" mid-routine: nothing changes; take your time. */
    private static Optional<Response> notYet(HandlerInput input, Walkthrough here) {
        String what = here.paused() ? "Say resume when you're ready"
                : here.current().isSetup() ? "Say ready when you're in position"
                : "Say next when you're ready";
        return Replies.ask(input,
                Ssml.of("Okay, no rush.", what + ", or say stop if you'd like to finish for tonight."),
                StretchSpeech.reprompt(here));
    }
}
