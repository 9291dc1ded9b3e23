package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.skill.Activity;
import com.bedtimelegs.skill.Conversation;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.stretch.Step;
import com.bedtimelegs.stretch.Walkthrough;
import com.bedtimelegs.stretch.Words;
import java.util.Optional;

/** Help in the middle of a routine: where you are, and the words that work here. */
public final class StretchHelpHandler extends IntentHandler {
    public StretchHelpHandler() {
        super(Intents.HELP);
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
        Ssml speech = Ssml.speech();
        if (!here.atWindDown()) {
            Step step = here.current();
            speech.say("You're in " + here.routine().name() + ", on stretch " + Words.number(step.item() + 1)
                    + " of " + Words.number(step.items()) + ", the " + step.stretch().name() + ".");
        }
        if (here.paused()) {
            speech.say("We're paused. Say resume to carry on.");
        }
        speech.say("Say next to move on.")
                .say("Say repeat to do this part again, or skip to leave this stretch out.")
                .say("Say pause for a break, or start over to begin again.")
                .say("And say stop whenever you'd like to finish.")
                .say("What would you like?");
        return Replies.ask(input, speech.build(), StretchSpeech.reprompt(here));
    }
}
