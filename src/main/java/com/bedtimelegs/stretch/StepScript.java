package com.bedtimelegs.stretch;

import java.util.ArrayList;
import java.util.Collections;
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
    /** The safety line said once, as a routine begins. */
    public static final String SAFETY = "Move gently, no bouncing, and stop if anything hurts.";

    public StepScript {
        cues = List.copyOf(cues);
    }

    /** The script for one step of a routine. */
    public static StepScript of(Step step) {
        return step.isSetup() ? setup(step) : hold(step);
    }

    private static StepScript setup(Step step) {
        Stretch s = step.stretch();
        List<Cue> cues = new ArrayList<>();
        String which = step.items() == 1 ? "This one is"
                : step.item() == 0 ? "First,"
                : step.item() == step.items() - 1 ? "Last one, stretch " + Words.number(step.item() + 1) + " of "
                        + Words.number(step.items()) + ":"
                : "Stretch " + Words.number(step.item() + 1) + " of " + Words.number(step.items()) + ":";
        cues.add(say(which + " the " + s.name() + ", for " + s.target() + "."));
        cues.add(say(s.setup()));
        if (step.side() != Side.BOTH) {
            cues.add(say("Start with your " + step.side().spoken() + " " + s.limb() + "."));
        }
        String each = s.sides().size() > 1 ? " on each side" : "";
        String times = step.sideReps() == 1 && each.isEmpty() ? "" : ", " + Words.times(step.sideReps()) + each;
        cues.add(say((s.movement() ? "We'll keep it going for " : "We'll hold for ") + Words.seconds(s.holdSeconds())
                + times + "."));
        cues.add(say(s.safety()));
        return new StepScript(cues);
    }

    private static StepScript hold(Step step) {
        Stretch s = step.stretch();
        List<Cue> cues = new ArrayList<>();
        if (step.side() != Side.BOTH) {
            String opening = !step.firstSide() && step.firstRep() == 1
                    ? "Now your " + step.side().spoken() + " " + s.limb() + ", same as before."
                    : step.firstRep() > 1 ? "Still your " + step.side().spoken() + " " + s.limb() + "."
                    : Words.capitalize(step.side().spoken()) + " " + s.limb() + " first.";
            cues.add(say(opening));
        }
        int last = step.firstRep() + step.reps() - 1;
        for (int rep = step.firstRep(); rep <= last; rep++) {
            String count = step.sideReps() > 1 ? "Number " + Words.number(rep) + ". " : "";
            if (rep == step.firstRep()) {
                cues.add(say(count + s.holdCue()));
            } else {
                cues.add(say(count + (s.movement() ? "Again, nice and slow." : "Ease back in, and hold.")));
            }
            holdWithCounts(s.holdSeconds(), cues);
            cues.add(say("And relax."));
            if (rep < last) {
                cues.add(new Cue.Pause(REST_SECONDS, Cue.Kind.REST));
            }
        }
        cues.add(say(closing(step)));
        return new StepScript(cues);
    }

    /** A hold of {@code seconds}: silent stretches of at most ten seconds, with what is left said between. */
    private static void holdWithCounts(int seconds, List<Cue> cues) {
        int first = seconds % 10 == 0 ? Math.min(10, seconds) : seconds % 10;
        cues.add(new Cue.Pause(first, Cue.Kind.HOLD));
        int left = seconds - first;
        while (left > 0) {
            cues.add(say(Words.capitalize(Words.number(left)) + " more seconds."));
            cues.add(new Cue.Pause(10, Cue.Kind.HOLD));
            left -= 10;
        }
    }

    private static String closing(Step step) {
        if (step.endsRoutine()) {
            return "Well done. That was the last stretch.";
        }
        if (step.endsStretch()) {
            return "Well done.";
        }
        if (step.endsSide()) {
            return "Now switch sides.";
        }
        return "Rest that " + step.stretch().limb().split(" ")[0] + " for a moment.";
    }

    /** The slow breathing and settling that ends every routine. */
    public static StepScript windDown(Routine routine) {
        List<Cue> cues = new ArrayList<>();
        cues.add(say("Lie back, and let your legs go heavy."));
        cues.add(new Cue.Pause(2, Cue.Kind.BREATH));
        cues.add(say("Breathe in slowly through your nose."));
        cues.add(new Cue.Pause(4, Cue.Kind.BREATH));
        cues.add(say("And out, long and slow."));
        cues.add(new Cue.Pause(6, Cue.Kind.BREATH));
        cues.add(say("Once more. In."));
        cues.add(new Cue.Pause(4, Cue.Kind.BREATH));
        cues.add(say("And out."));
        cues.add(new Cue.Pause(6, Cue.Kind.BREATH));
        cues.add(say(routine.inBed() ? "Your legs have done enough for today."
                : "That's the stretch done. Your legs have done enough for today."));
        return new StepScript(cues);
    }

    public int holdSeconds() {
        return seconds(Cue.Kind.HOLD);
    }

    public int restSeconds() {
        return seconds(Cue.Kind.REST);
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

    /** Just the words, for tests and logs. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        cues.forEach(c -> {
            if (c instanceof Cue.Say s) {
                out.add(s.text());
            }
        });
        return Collections.unmodifiableList(out);
    }

    private int seconds(Cue.Kind kind) {
        return cues.stream().mapToInt(c -> c instanceof Cue.Pause p && p.kind() == kind ? p.seconds() : 0).sum();
    }

    private static Cue say(String text) {
        return new Cue.Say(text);
    }
}
