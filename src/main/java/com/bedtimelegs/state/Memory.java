package com.bedtimelegs.state;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the skill remembers about a user between conversations, and only this: the usual routine,
 * the quiet voice, where an interrupted routine stopped (with when), and how many nights in a row
 * they stretched. Never anything about health.
 *
 * <p>The stored record is read once per session by {@link MemoryLoader} into the session attribute
 * {@value #SESSION_KEY}; handlers read and change it here; {@link MemorySaver} writes it back at
 * the end of a turn that changed it. A record that could not be read is marked unreadable: the
 * user is treated as new and the record is never overwritten.
 */
public final class Memory {
    /** Version of the stored record's shape; a record of another version is not ours to read or overwrite. */
    public static final int VERSION = 1;
    /** An interrupted routine is offered again for this long. */
    public static final Duration RESUME_WINDOW = Duration.ofHours(12);
    /** Two routines closer than this are the same night; further apart than {@link #NEXT_NIGHT_LATEST}, the run is broken. */
    static final Duration SAME_NIGHT = Duration.ofHours(12);
    static final Duration NEXT_NIGHT_LATEST = Duration.ofHours(36);

    static final String SESSION_KEY = "memory";
    static final String V = "v";
    static final String QUIET = "quiet";
    static final String ROUTINE = "routine";
    static final String RESUME = "resume";
    static final String RESUME_ROUTINE = "routine";
    static final String RESUME_STEP = "step";
    static final String RESUME_AT = "at";
    static final String NIGHTS = "nights";
    static final String LAST_NIGHT = "lastNight";
    /** Session-only marker: the stored record could not be read, so it must not be written. */
    static final String UNREADABLE = "unreadable";
    static final Set<String> ROUTINES = Set.of("QUICK", "FULL", "IN_BED");

    private static final String DIRTY = "memoryChangedThisTurn";

    private final Map<String, Object> state;
    private final Map<String, Object> requestAttributes;
    private final Instant now;

    private Memory(Map<String, Object> state, Map<String, Object> requestAttributes, Instant now) {
        this.state = state;
        this.requestAttributes = requestAttributes;
        this.now = now;
    }

    @SuppressWarnings("unchecked")
    public static Memory of(HandlerInput input) {
        Map<String, Object> requestAttributes = input.getAttributesManager().getRequestAttributes();
        Map<String, Object> state;
        if (input.getRequestEnvelope().getSession() == null) {
            state = unreadableState(); // no session, no memory
        } else {
            Map<String, Object> session = input.getAttributesManager().getSessionAttributes();
            if (session.get(SESSION_KEY) instanceof Map<?, ?> map) {
                state = (Map<String, Object>) map;
            } else {
                state = unreadableState(); // no store configured, or loading failed
                session.put(SESSION_KEY, state);
            }
        }
        var timestamp = input.getRequest() == null ? null
                : input.getRequest().getTimestamp();
        return new Memory(state, requestAttributes, timestamp == null ? Instant.now() : timestamp.toInstant());
    }

    static Map<String, Object> unreadableState() {
        Map<String, Object> state = new HashMap<>();
        state.put(UNREADABLE, Boolean.TRUE);
        return state;
    }

    /**
     * The session copy of a stored record, or empty when the record is malformed or of another
     * version. An absent record (a new user) is an empty map.
     */
    static Optional<Map<String, Object>> fromRecord(Map<String, Object> record) {
        if (record == null || record.isEmpty()) {
            return Optional.of(new HashMap<>());
        }
        if (!(record.get(V) instanceof Number v) || v.doubleValue() != VERSION) {
            return Optional.empty();
        }
        Object quiet = record.get(QUIET);
        Object routine = record.get(ROUTINE);
        Object resume = record.get(RESUME);
        Object nights = record.get(NIGHTS);
        Object last = record.get(LAST_NIGHT);
        boolean wellFormed = (quiet == null || quiet instanceof Boolean)
                && (routine == null || (routine instanceof String r && ROUTINES.contains(r)))
                && (resume == null || resumePoint(resume).isPresent())
                && (nights == null || (nights instanceof Number n && n.longValue() >= 0))
                && (last == null || last instanceof Number);
        if (!wellFormed) {
            return Optional.empty();
        }
        Map<String, Object> state = new HashMap<>(record);
        state.remove(V);
        return Optional.of(state);
    }

    /** The record to store: only known fields, from the typed values (session state can't smuggle anything in). */
    Map<String, Object> toRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put(V, VERSION);
        record.put(QUIET, quiet());
        usualRoutine().ifPresent(r -> record.put(ROUTINE, r));
        freshResume().ifPresent(r -> record.put(RESUME, r));
        if (nights() > 0) {
            record.put(NIGHTS, nights());
            record.put(LAST_NIGHT, lastNight());
        }
        return record;
    }

    /** False when the stored record could not be read (or there is no store): changes last only this session. */
    public boolean available() {
        return !Boolean.TRUE.equals(state.get(UNREADABLE));
    }

    public boolean quiet() {
        return Boolean.TRUE.equals(state.get(QUIET));
    }

    public void quiet(boolean quiet) {
        state.put(QUIET, quiet);
        changed();
    }

    /** QUICK, FULL or IN_BED: the routine they chose last. */
    public Optional<String> usualRoutine() {
        return state.get(ROUTINE) instanceof String r && ROUTINES.contains(r) ? Optional.of(r) : Optional.empty();
    }

    public void usualRoutine(String kind) {
        if (ROUTINES.contains(kind) && !kind.equals(state.get(ROUTINE))) {
            state.put(ROUTINE, kind);
            changed();
        }
    }

    /** Where an interrupted routine stopped, as walkthrough state (routine, step), if that was under twelve hours ago. */
    public Optional<Map<String, Object>> resumePoint() {
        return freshResume().map(r -> {
            Map<String, Object> position = new HashMap<>();
            position.put(RESUME_ROUTINE, r.get(RESUME_ROUTINE));
            position.put(RESUME_STEP, ((Number) r.get(RESUME_STEP)).intValue());
            return position;
        });
    }

    /** Remembers where a routine stopped, so the next launch within twelve hours can offer to pick it up. */
    public void interrupted(String routineId, int step) {
        Map<String, Object> resume = new LinkedHashMap<>();
        resume.put(RESUME_ROUTINE, routineId);
        resume.put(RESUME_STEP, step);
        resume.put(RESUME_AT, now.getEpochSecond());
        state.put(RESUME, resume);
        changed();
    }

    public void forgetResume() {
        if (state.remove(RESUME) != null) {
            changed();
        }
    }

    /**
     * A routine was finished: counts the night and forgets any interrupted position. Returns the
     * nights in a row when this finish added a night to the run (two or more), otherwise zero.
     */
    public int finishedRoutine() {
        state.remove(RESUME);
        long last = lastNight();
        int nights = nights();
        long gap = now.getEpochSecond() - last;
        int mention = 0;
        if (nights > 0 && last > 0 && gap >= 0 && gap < SAME_NIGHT.toSeconds()) {
            changed(); // same night again: the run stays as it is
            return 0;
        }
        if (nights > 0 && last > 0 && gap >= 0 && gap <= NEXT_NIGHT_LATEST.toSeconds()) {
            nights++;
            mention = nights;
        } else {
            nights = 1;
        }
        state.put(NIGHTS, nights);
        state.put(LAST_NIGHT, now.getEpochSecond());
        changed();
        return mention;
    }

    /** After the stored record was deleted: a blank slate, and nothing to write this turn. */
    public void forgotten() {
        state.clear();
        requestAttributes.remove(DIRTY);
    }

    int nights() {
        return state.get(NIGHTS) instanceof Number n ? (int) Math.max(0, Math.min(100_000, n.longValue())) : 0;
    }

    long lastNight() {
        return state.get(LAST_NIGHT) instanceof Number n ? n.longValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> freshResume() {
        Optional<Map<String, Object>> resume = resumePoint(state.get(RESUME));
        return resume.filter(r -> {
            long at = ((Number) r.get(RESUME_AT)).longValue();
            long age = now.getEpochSecond() - at;
            return age >= 0 && age <= RESUME_WINDOW.toSeconds();
        });
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> resumePoint(Object value) {
        if (value instanceof Map<?, ?> map && map.get(RESUME_ROUTINE) instanceof String
                && map.get(RESUME_STEP) instanceof Number step && step.longValue() >= 0 && step.longValue() < 1000
                && map.get(RESUME_AT) instanceof Number) {
            return Optional.of((Map<String, Object>) map);
        }
        return Optional.empty();
    }

    private void changed() {
        requestAttributes.put(DIRTY, Boolean.TRUE);
    }

    static boolean changedThisTurn(HandlerInput input) {
        return Boolean.TRUE.equals(input.getAttributesManager().getRequestAttributes().get(DIRTY));
    }
}
