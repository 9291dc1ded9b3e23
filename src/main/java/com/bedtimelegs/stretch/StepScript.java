package com.bedtimelegs.stretch;

import com.bedtimelegs.speech.Speech;
import java.util.ArrayList;
import java.util.List;

/**
 * The words and silences of one step, in order. Holds are real time, with a quiet count cue every
 * ten seconds ("twenty more seconds"), and a short rest between holds.
 */
public record StepScript(List<Cue> cues) {
    /** Seconds of rest between two holds. */
    public static final int REST_SECONDS = 2;
    /** Alexa's speaking rate at the bedtime pace, as SpeechCheck assumes. */
    public static final double WORDS_PER_MINUTE = 135.0;

    public StepScript {
        cues = List.copyOf(cues);
    }

    /** The script for one step of a routine. */
    public static StepScript of(Step step) {
        return of(step, Speech.of("en-US"));
    }

    /** The script for one step, in the words of a locale. */
    public static StepScript of(Step step, Speech words) {
        return step.isSetup() ? setup(step, words) : hold(step, words);
    }

    private static StepScript setup(Step step, Speech words) {
        Stretch s = step.stretch();
        List<Cue> cues = new ArrayList<>();
        String which = step.items() == 1 ? "script.whichOnly"
                : step.item() == 0 ? "script.whichFirst"
                : step.item() == step.items() - 1 ? "script.whichLast"
                : "script.whichNth";
        cues.add(say(words.text(which, s.name(), s.target(), Words.number(step.item() + 1), Words.number(step.items()))));
        cues.add(say(s.setup()));
        if (step.side() != Side.BOTH) {
            cues.add(say(words.text("script.startWith", step.side().spoken(), s.limb())));
        }
        boolean eachSide = s.sides().size() > 1;
        String key;
        if (eachSide) {
            key = s.movement() ? "script.keepGoingForTimesEachSide" : "script.holdForTimesEachSide";
        } else if (step.sideReps() != 1) {
            key = s.movement() ? "script.keepGoingForTimes" : "script.holdForTimes";
        } else {
            key = s.movement() ? "script.keepGoingFor" : "script.holdFor";
        }
        cues.add(say(words.text(key, Words.seconds(s.holdSeconds()), Words.times(step.sideReps()))));
        cues.add(say(s.safety()));
        return new StepScript(cues);
    }

    private static StepScript hold(Step step, Speech words) {
        Stretch s = step.stretch();
        List<Cue> cues = new ArrayList<>();
        if (step.side() != Side.BOTH) {
            String opening = !step.firstSide() && step.firstRep() == 1
                    ? words.text("script.nowYour", step.side().spoken(), s.limb())
                    : step.firstRep() > 1 ? words.text("script.stillYour", step.side().spoken(), s.limb())
                    : words.text("script.sideFirst", Words.capitalize(step.side().spoken()), s.limb());
            cues.add(say(opening));
        }
        int last = step.firstRep() + step.reps() - 1;
        for (int rep = step.firstRep(); rep <= last; rep++) {
            String count = step.sideReps() > 1 ? words.text("script.number", Words.number(rep)) + " " : "";
            if (rep == step.firstRep()) {
                cues.add(say(count + s.holdCue()));
            } else {
                cues.add(say(count + words.text(s.movement() ? "script.againSlow" : "script.easeBackIn")));
            }
            holdWithCounts(s.holdSeconds(), cues, words);
            cues.add(say(words.text("script.relax")));
            if (rep < last) {
                cues.add(new Cue.Pause(REST_SECONDS, Cue.Kind.REST));
            }
        }
        cues.add(say(closing(step, words)));
        return new StepScript(cues);
    }

    /** A hold of {@code seconds}: silent stretches of at most ten seconds, with what is left said between. */
    private static void holdWithCounts(int seconds, List<Cue> cues, Speech words) {
        int first = seconds % 10 == 0 ? Math.min(10, seconds) : seconds % 10;
        cues.add(new Cue.Pause(first, Cue.Kind.HOLD));
        int left = seconds - first;
        while (left > 0) {
            cues.add(say(words.text("script.moreSeconds", Words.capitalize(Words.number(left)))));
            cues.add(new Cue.Pause(10, Cue.Kind.HOLD));
            left -= 10;
        }
    }

    private static String closing(Step step, Speech words) {
        if (step.endsRoutine()) {
            return words.text("script.lastDone");
        }
        if (step.endsStretch()) {
            return words.text("script.wellDone");
        }
        if (step.endsSide()) {
            return words.text("script.switchSides");
        }
        return words.text("script.restThat", step.stretch().limb().split(" ")[0]);
    }

    /** The slow breathing and settling that ends every routine. */
    public static StepScript windDown(Routine routine) {
        return windDown(routine, Speech.of("en-US"));
    }

    /** The wind-down in the words of a locale. */
    public static StepScript windDown(Routine routine, Speech words) {
        List<Cue> cues = new ArrayList<>();
        cues.add(say(words.text("script.windDown.heavy")));
        cues.add(new Cue.Pause(2, Cue.Kind.BREATH));
        cues.add(say(words.text("script.windDown.in")));
        cues.add(new Cue.Pause(4, Cue.Kind.BREATH));
        cues.add(say(words.text("script.windDown.out")));
        cues.add(new Cue.Pause(6, Cue.Kind.BREATH));
        cues.add(say(words.text("script.windDown.again")));
        cues.add(new Cue.Pause(4, Cue.Kind.BREATH));
        cues.add(say(words.text("script.windDown.outAgain")));
        cues.add(new Cue.Pause(6, Cue.Kind.BREATH));
        cues.add(say(words.text(routine.inBed() ? "script.windDown.doneInBed" : "script.windDown.doneStanding")));
        return new StepScript(cues);
    }

    public int pauseSeconds() {
        return cues.stream().mapToInt(c -> c instanceof Cue.Pause p ? p.seconds() : 0).sum();
    }

    public int wordCount() {
        return cues.stream().mapToInt(c -> c instanceof Cue.Say s ? s.text().split("\\s+").length : 0).sum();
    }

    /** Estimated seconds when spoken: words at the bedtime pace plus every pause. */
    public double estimatedSeconds() {
        return wordCount() * 60.0 / WORDS_PER_MINUTE + pauseSeconds();
    }

    private static Cue say(String text) {
        return new Cue.Say(text);
    }
}
