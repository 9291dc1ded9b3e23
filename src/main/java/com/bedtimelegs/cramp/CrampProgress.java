package com.bedtimelegs.cramp;

import java.util.Optional;

/**
 * Where one cramp has got to: which muscle, and which technique was given last. Each "still
 * cramping" moves to the next technique; one step past the last means the techniques have run
 * out; after that the cycle begins again from the first.
 *
 * @param muscle a muscle id the guide knows (GENERAL when unknown)
 * @param step   index of the technique last given; {@code techniques.size()} once they ran out
 */
public record CrampProgress(String muscle, int step) {

    /** A new cramp in this muscle (null or unknown ids get the general guide). */
    public static CrampProgress start(CrampGuide guide, String muscleId) {
        return new CrampProgress(guide.muscle(muscleId).id(), 0);
    }

    /**
     * Rebuilds progress from whatever the session held. A muscle the guide does not know becomes
     * GENERAL; a step that is not a whole number in range begins again at the first technique.
     */
    public static CrampProgress restore(CrampGuide guide, Object muscle, Object step) {
        String id = muscle instanceof String s && guide.knows(s) ? s : CrampGuide.GENERAL;
        int size = guide.muscle(id).techniques().size();
        int index = step instanceof Number n && n.doubleValue() == n.intValue() ? n.intValue() : 0;
        if (index < 0 || index > size) {
            index = 0;
        }
        return new CrampProgress(id, index);
    }

    /** The answer to "it's still cramping": the next technique, or, past the last, none. */
    public CrampProgress stillCramping(CrampGuide guide) {
        int size = guide.muscle(muscle).techniques().size();
        if (step < 0 || step >= size) {
            return new CrampProgress(muscle, 0); // ran out earlier (or bad state): start the cycle again
        }
        return new CrampProgress(muscle, step + 1);
    }

    /** The technique to give now; empty when the techniques have run out. */
    public Optional<Technique> technique(CrampGuide guide) {
        var techniques = guide.muscle(muscle).techniques();
        return step >= 0 && step < techniques.size() ? Optional.of(techniques.get(step)) : Optional.empty();
    }

    public boolean general() {
        return CrampGuide.GENERAL.equals(muscle);
    }

    /** The general opening asks where the cramp is instead of timing a hold. */
    public boolean asksWhere() {
        return general() && step == 0;
    }
}
