package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Memory;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.SpeechCheck;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.stretch.Cue;
import com.bedtimelegs.stretch.Routine;
import com.bedtimelegs.stretch.RoutineCatalog;
import com.bedtimelegs.stretch.Side;
import com.bedtimelegs.stretch.Step;
import com.bedtimelegs.stretch.StepScript;
import com.bedtimelegs.stretch.Walkthrough;
import com.bedtimelegs.stretch.Words;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What every stretch handler says: a step, the wind-down, the routine choice. Maps domain cues to SSML. */
final class StretchFlow {
    private StretchFlow() {
    }

    /** "In bed, quick, or full?" — and a plain yes starts the in-bed routine. */
    static Optional<Response> askChoice(HandlerInput input, String... beforeKeys) {
        RoutineCatalog catalog = RoutineCatalog.get();
        Speech words = Replies.speech(input);
        Conversation.of(input).offer(Offer.STRETCH);
        Ssml speech = Ssml.speech();
        for (String key : beforeKeys) {
            speech.say(words.text(key));
        }
        speech.say(words.text("stretch.choiceWhere"))
                .say(words.text("stretch.choiceTimes", minutes(words, catalog.routine(Routine.Kind.QUICK)),
                        minutes(words, catalog.routine(Routine.Kind.FULL))))
                .say(words.text("stretch.choiceQuestion"));
        return Replies.ask(input, speech.build(), Ssml.of(words.text("stretch.choiceReprompt")));
    }

    /** "Your usual is the quick bedtime stretch. Shall we do that?" — yes starts it (UsualRoutineHandler). */
    static Optional<Response> askUsual(HandlerInput input, Routine usual) {
        Speech words = Replies.speech(input);
        Conversation.of(input).offer(Offer.USUAL_ROUTINE);
        return Replies.ask(input, Ssml.of(words.text("stretch.letsStretch"), words.text("memory.usualOffer", usual.name()),
                words.text("memory.usualOthers")), Ssml.of(words.text("memory.usualReprompt")));
    }

    /** The routine the user chose last time (quick, full or in bed), if remembered. */
    static Optional<Routine> usual(HandlerInput input) {
        return Memory.of(input).usualRoutine().map(kind -> RoutineCatalog.get().routine(Routine.Kind.valueOf(kind)));
    }

    /** Starts a routine from its first step, with its introduction and the safety line. */
    static Optional<Response> start(HandlerInput input, Routine routine, String... beforeKeys) {
        Conversation conversation = Conversation.of(input);
        Memory memory = Memory.of(input);
        if (routine.kind() != Routine.Kind.FOCUS) {
            memory.usualRoutine(routine.kind().name());
        }
        memory.forgetResume();
        Speech words = Replies.speech(input);
        conversation.start(Activity.STRETCH);
        Ssml opening = Ssml.speech();
        for (String key : beforeKeys) {
            opening.say(words.text(key));
        }
        opening.say(words.text("stretch.heresRoutine", routine.name(), minutes(words, routine)))
                .say(routine.intro())
                .say(words.text("script.safety"))
                .breath();
        return speak(input, Walkthrough.start(routine), opening);
    }

    /** Saves the position and says its step; at the wind-down, breathes, says goodnight and ends. */
    static Optional<Response> speak(HandlerInput input, Walkthrough walkthrough, Ssml opening) {
        Conversation conversation = Conversation.of(input);
        if (walkthrough.atWindDown()) {
            conversation.reset();
            Ssml speech = Ssml.speech().then(opening).then(cues(StepScript.windDown(walkthrough.routine(), Replies.speech(input))))
                    .breath();
            int nights = Memory.of(input).finishedRoutine();
            if (nights >= 2) {
                // Said once, gently, after the wind-down: never a reminder or a nudge.
                speech.say(nights <= 99 ? Replies.speech(input).text("memory.streakNights", Words.number(nights))
                        : Replies.speech(input).text("memory.streakMany")).breath();
            }
            return Replies.tell(input, speech.thenSsml(MainMenu.goodnight(input)).build());
        }
        save(conversation, walkthrough);
        Step step = walkthrough.current();
        Speech words = Replies.speech(input);
        StepScript script = StepScript.of(step, words);
        Screen.stretch(input, step.stretch().name(),
                step.side() == Side.BOTH ? words.text("stretch.sideBoth") : words.text("stretch.side", step.side().spoken()),
                step.holdSeconds(), secondsBeforeFirstHold(opening, script),
                step.isSetup() ? invite(input, walkthrough) : step.stretch().holdCue());
        Ssml speech = Ssml.speech().then(opening).then(cues(script)).say(invite(input, walkthrough));
        return Replies.ask(input, speech.build(), reprompt(input, walkthrough));
    }

    /** The current walkthrough from the session, or a kind restart when the state is unusable. */
    static Optional<Walkthrough.Restored> load(HandlerInput input) {
        Map<String, Object> state = Conversation.of(input).state(Activity.STRETCH);
        return Walkthrough.restore(state, RoutineCatalog.get());
    }

    /** Remembers where the running routine stopped (stop, or the session ended), to offer it next time. */
    static void rememberWhereStopped(HandlerInput input) {
        load(input).filter(r -> !r.repaired()).map(Walkthrough.Restored::walkthrough)
                .filter(w -> !w.atWindDown() && w.index() > 0)
                .ifPresent(w -> Memory.of(input).interrupted(w.routine().id(), w.index()));
    }

    /**
     * The interrupted routine to offer at launch, rewound to the set-up of the stretch it stopped
     * in (so the user gets into position again), if it stopped under twelve hours ago.
     */
    static Optional<Walkthrough> resumable(HandlerInput input) {
        return Memory.of(input).resumePoint()
                .flatMap(point -> Walkthrough.restore(point, RoutineCatalog.get()))
                .filter(r -> !r.repaired())
                .map(r -> {
                    Walkthrough stopped = r.walkthrough();
                    int item = stopped.current().item();
                    int setup = 0;
                    while (stopped.steps().get(setup).item() != item) {
                        setup++;
                    }
                    Map<String, Object> position = new HashMap<>(stopped.toState());
                    position.put("step", setup);
                    return Walkthrough.restore(position, RoutineCatalog.get()).orElseThrow().walkthrough();
                });
    }

    /** When the session's routine can't be read: forget it, say so, offer the choice again. */
    static Optional<Response> lostPlace(HandlerInput input) {
        Conversation.of(input).reset();
        return askChoice(input, "stretch.lostPlace");
    }

    /** A repaired position (step out of range) is said once, then the step is spoken. */
    static Ssml repairedOpening(HandlerInput input, Walkthrough.Restored restored) {
        return restored.repaired()
                ? Ssml.speech().say(Replies.speech(input).text("stretch.repaired", restored.walkthrough().routine().name()))
                : Ssml.speech();
    }

    static void save(Conversation conversation, Walkthrough walkthrough) {
        Map<String, Object> state = conversation.state(Activity.STRETCH);
        state.clear();
        state.putAll(walkthrough.toState());
    }

    static String invite(HandlerInput input, Walkthrough walkthrough) {
        Speech words = Replies.speech(input);
        Step step = walkthrough.current();
        if (step.isSetup()) {
            return words.text("stretch.inviteReady");
        }
        if (step.endsRoutine()) {
            return words.text(walkthrough.routine().inBed() ? "stretch.inviteWindDownInBed" : "stretch.inviteWindDownStanding");
        }
        return words.text("stretch.inviteNext");
    }

    static String reprompt(HandlerInput input, Walkthrough walkthrough) {
        Speech words = Replies.speech(input);
        if (walkthrough.paused()) {
            return Ssml.of(words.text("stretch.repromptPaused"));
        }
        if (!walkthrough.atWindDown() && walkthrough.current().isSetup()) {
            return Ssml.of(words.text("stretch.repromptReady"));
        }
        if (!walkthrough.atWindDown() && walkthrough.current().endsRoutine()) {
            return Ssml.of(words.text("stretch.repromptWindDown"));
        }
        return Ssml.of(words.text("stretch.repromptNext"));
    }

    /** About how long Alexa speaks before the first hold begins, so a screen's countdown starts with it. */
    static int secondsBeforeFirstHold(Ssml opening, StepScript script) {
        Ssml lead = Ssml.speech().then(opening);
        for (Cue cue : script.cues()) {
            if (cue instanceof Cue.Pause pause && pause.kind() == Cue.Kind.HOLD) {
                break;
            }
            if (cue instanceof Cue.Say say) {
                lead.say(say.text());
            } else if (cue instanceof Cue.Pause pause) {
                lead.pause(pause.seconds());
            }
        }
        return (int) Math.round(SpeechCheck.estimatedSeconds(lead.build()));
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

    static String minutes(Speech words, Routine routine) {
        return routine.minutes() == 1 ? words.text("stretch.aMinute")
                : words.text("stretch.minutes", Words.number(routine.minutes()));
    }
}
