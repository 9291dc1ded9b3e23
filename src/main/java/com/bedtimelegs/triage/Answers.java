package com.bedtimelegs.triage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The answers given so far, by slot name. Immutable; lives only in the session. */
public final class Answers {
    private static final Answers NONE = new Answers(Map.of());

    private final Map<String, Answer> bySlot;

    private Answers(Map<String, Answer> bySlot) {
        this.bySlot = bySlot;
    }

    public static Answers none() {
        return NONE;
    }

    /** For tests and tables: {@code of("chestSymptoms", YES, "oneLegSwollen", NO)}. */
    public static Answers of(Object... slotsAndAnswers) {
        if (slotsAndAnswers.length % 2 != 0) {
            throw new IllegalArgumentException("pairs of slot name and answer expected");
        }
        Answers answers = NONE;
        for (int i = 0; i < slotsAndAnswers.length; i += 2) {
            answers = answers.with((String) slotsAndAnswers[i], (Answer) slotsAndAnswers[i + 1]);
        }
        return answers;
    }

    /**
     * Reads answers back from session state. Empty when the value is not a map of known slot
     * names to answer names, so the caller can start again instead of trusting half a record.
     */
    public static Optional<Answers> fromState(Object stored) {
        if (stored == null) {
            return Optional.of(NONE);
        }
        if (!(stored instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Map<String, Answer> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String slot) || Triage.question(slot).isEmpty()) {
                return Optional.empty();
            }
            Optional<Answer> answer = Answer.fromId(e.getValue());
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            out.put(slot, answer.get());
        }
        return Optional.of(new Answers(Collections.unmodifiableMap(out)));
    }

    /** The JSON-friendly form for session state: slot name to answer name. */
    public Map<String, Object> toState() {
        Map<String, Object> out = new LinkedHashMap<>();
        bySlot.forEach((slot, answer) -> out.put(slot, answer.name()));
        return out;
    }

    public Answers with(String slot, Answer answer) {
        if (slot == null || answer == null) {
            throw new IllegalArgumentException("slot and answer are required");
        }
        Map<String, Answer> copy = new LinkedHashMap<>(bySlot);
        copy.put(slot, answer);
        return new Answers(Collections.unmodifiableMap(copy));
    }

    public Optional<Answer> get(String slot) {
        return Optional.ofNullable(bySlot.get(slot));
    }

    public boolean has(String slot) {
        return bySlot.containsKey(slot);
    }

    public boolean isEmpty() {
        return bySlot.isEmpty();
    }

    public int size() {
        return bySlot.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers other && bySlot.equals(other.bySlot);
    }

    @Override
    public int hashCode() {
        return bySlot.hashCode();
    }

    /** Slot names only: answers are health details and must not end up in logs or messages. */
    @Override
    public String toString() {
        return "Answers" + bySlot.keySet();
    }
}
