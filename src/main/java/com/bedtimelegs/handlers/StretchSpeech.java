package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.skill.Activity;
import com.bedtimelegs.skill.Conversation;
import com.bedtimelegs.skill.Offer;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.stretch.Cue;
import com.bedtimelegs.stretch.Routine;
import com.bedtimelegs.stretch.RoutineCatalog;
import com.bedtimelegs.stretch.Side;
import com.bedtimelegs.stretch.Step;
import com.bedtimelegs.stretch.StepScript;
import com.bedtimelegs.stretch.Walkthrough;
import com.bedtimelegs.stretch.Words;
import java.util.Map;
import java.util.Optional;

/** What every stretch handler says: a step, the wind-down, the routine choice. Maps domain cues to SSML. */
final class StretchSpeech {
    static final String CHOICE_REPROMPT = "Say in bed, quick, or full.";

    private StretchSpeech() {
    }

    /** "In bed, quick, or full?" — and a plain yes starts the in-bed routine. */
    static Optional<Response> askChoice(HandlerInput input, String... before) {
        RoutineCatalog catalog = RoutineCatalog.get();
        Conversation.of(input).offer(Offer.STRETCH);
        Ssml speech = Ssml.speech();
        for (String sentence : before) {
            speech.say(sentence);
        }
        speech.say("You can stay in bed, or stand up for a quick or a full routine.")
                .say("Quick takes about " + minutes(catalog.routine(Routine.Kind.QUICK)) + ", and full about "
                        + minutes(catalog.routine(Routine.Kind.FULL)) + ".")
                .say("Which would you like: in bed, quick, or full?");
        return Replies.ask(input, speech.build(), Ssml.of(CHOICE_REPROMPT));
    }

    /** Starts a routine from its first step, with its introduction and the safety line. */
    static Optional<Response> start(HandlerInput input, Routine routine, String... before) {
        Conversation conversation = Conversation.of(input);
        conversation.start(Activity.STRETCH);
        Ssml opening = Ssml.speech();
        for (String sentence : before) {
            opening.say(sentence);
        }
        opening.say("Here's " + routine.name() + ". It takes about " + minutes(routine) + ".")
                .say(routine.intro())
                .say(StepScript.SAFETY)
                .breath();
        return speak(input, Walkthrough.start(routine), opening);
    }

    /** Saves the position and says its step; at the wind-down, breathes, says goodnight and ends. */
    static Optional<Response> speak(HandlerInput input, Walkthrough walkthrough, Ssml opening) {
        Conversation conversation = Conversation.of(input);
        if (walkthrough.atWindDown()) {
            conversation.reset();
            Ssml speech = Ssml.speech().then(opening).then(cues(StepScript.windDown(walkthrough.routine())))
                    .breath().thenSsml(MainMenu.goodnight(input));
            return Replies.tell(input, speech.build());
        }
        save(conversation, walkthrough);
        Step step = walkthrough.current();
        Screen.stretch(input, step.stretch().name(), step.side() == Side.BOTH ? "both sides" : step.side().spoken() + " side",
                step.holdSeconds(), step.isSetup() ? invite(walkthrough) : step.stretch().holdCue());
        Ssml speech = Ssml.speech().then(opening).then(cues(StepScript.of(step))).say(invite(walkthrough));
        return Replies.ask(input, speech.build(), reprompt(walkthrough));
    }

    /** The current walkthrough from the session, or a kind restart when the state is unusable. */
    static Optional<Walkthrough.Restored> load(HandlerInput input) {
        Map<String, Object> state = Conversation.of(input).state(Activity.STRETCH);
        return Walkthrough.restore(state, RoutineCatalog.get());
    }

    /** When the session's routine can't be read: forget it, say so, offer the choice again. */
    static Optional<Response> lostPlace(HandlerInput input) {
        Conversation.of(input).reset();
        return askChoice(input, "Sorry, I've lost my place in the stretch.");
    }

    /** A repaired position (step out of range) is said once, then the step is spoken. */
    static Ssml repairedOpening(Walkthrough.Restored restored) {
        return restored.repaired()
                ? Ssml.speech().say("Sorry, I lost my place, so let's begin " + restored.walkthrough().routine().name()
                        + " again from the top.")
                : Ssml.speech();
    }

    static void save(Conversation conversation, Walkthrough walkthrough) {
        Map<String, Object> state = conversation.state(Activity.STRETCH);
        state.clear();
        state.putAll(walkthrough.toState());
    }

    static String invite(Walkthrough walkthrough) {
        Step step = walkthrough.current();
        if (step.isSetup()) {
            return "Say ready when you're in position.";
        }
        if (step.endsRoutine()) {
            return walkthrough.routine().inBed() ? "Say next for a short wind-down."
                    : "Get into bed, and when you're lying down, say next for a short wind-down.";
        }
        return "Say next when you're ready.";
    }

    static String reprompt(Walkthrough walkthrough) {
        if (walkthrough.paused()) {
            return Ssml.of("Say resume when you're ready, or stop to finish.");
        }
        if (!walkthrough.atWindDown() && walkthrough.current().isSetup()) {
            return Ssml.of("Say ready when you're in position. Or say skip to leave this one out.");
        }
        if (!walkthrough.atWindDown() && walkthrough.current().endsRoutine()) {
            return Ssml.of("Say next for a short wind-down, or stop to finish.");
        }
        return Ssml.of("Say next when you're ready. You can also say repeat, or stop.");
    }

    /** The domain's words and silences as SSML: holds and rests become chained breaks. */
    static Ssml cues(StepScript script) {
        Ssml ssml = Ssml.speech();
        for (Cue cue : script.cues()) {
            if (cue instanceof Cue.Say say) {
                ssml.say(say.text());
            } else if (cue instanceof Cue.Pause pause) {
                ssml.pause(pause.seconds());
            }
        }
        return ssml;
    }

    static String minutes(Routine routine) {
        return routine.minutes() == 1 ? "a minute" : Words.number(routine.minutes()) + " minutes";
    }
}
