package com.bedtimelegs.stretch;

import java.util.List;

/** For tests: what a {@link StepScript} says and how long it is silent. */
public final class Scripts {
    private Scripts() {
    }

    /** Just the words. */
    public static List<String> texts(StepScript script) {
        return script.cues().stream().filter(c -> c instanceof Cue.Say).map(c -> ((Cue.Say) c).text()).toList();
    }

    /** Seconds of silence of this kind (holds, rests between holds, breaths). */
    public static int seconds(StepScript script, Cue.Kind kind) {
        return script.cues().stream().mapToInt(c -> c instanceof Cue.Pause p && p.kind() == kind ? p.seconds() : 0).sum();
    }
}
