package com.bedtimelegs.state;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.bedtimelegs.speech.SpeechCheck;
import com.bedtimelegs.speech.Ssml;
import java.util.HashMap;
import java.util.Map;

/**
 * Typed view of the session attributes: the only state the skill keeps between turns.
 * Health answers live here for the length of one session and nowhere else.
 */
public final class Conversation {
    public static final String ACTIVITY = "activity";
    public static final String OFFER = "offer";
    public static final String LAST_SPEECH = "lastSpeech";
    public static final String LAST_REPROMPT = "lastReprompt";

    /**
     * The longest speech and reprompt the skill keeps for replay ("repeat", "sorry, I didn't catch
     * that"), in characters: five times the longest the skill says today, and small enough that an
     * apology in front of a replayed reprompt, or a repeated answer beside its stored copy, stays
     * within Alexa's limits. Longer stored text is not something the skill wrote, so it is not replayed.
     */
    public static final int MAX_REPLAY_SPEECH_CHARS = 4_000;
    public static final int MAX_REPLAY_REPROMPT_CHARS = 1_000;
    /** Most bytes (as JSON) one activity's state map may take; several times what any activity keeps. */
    static final int MAX_ACTIVITY_STATE_BYTES = 2_000;
    /**
     * Most bytes of all activity maps together. The skill keeps one activity's state at a time, so
     * past this the other activities' maps are dropped; however many activities there are, the
     * attributes stay near 10 KB, well within Alexa's 24 KB response with speech and a screen.
     */
    public static final int MAX_ALL_ACTIVITY_STATE_BYTES = 4_000;
    /** Most bytes (as JSON) of a name such as the activity or the offer. */
    private static final int MAX_NAME_BYTES = 64;
    /** What was remembered about the user, read once per session (Memory): a few small fields. */
    private static final int MAX_MEMORY_BYTES = 1_000;

    private final Map<String, Object> attributes;

    private Conversation(Map<String, Object> attributes) {
        this.attributes = attributes;
    }

    public static Conversation of(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            // Out-of-session requests have no attributes (the SDK throws on reading them): a scratch map.
            return new Conversation(new HashMap<>());
        }
        return new Conversation(input.getAttributesManager().getSessionAttributes());
    }

    /** For domain-free tests and the exception handler. */
    public static Conversation of(Map<String, Object> attributes) {
        return new Conversation(attributes);
    }

    public Activity activity() {
        return read(ACTIVITY, Activity.class, Activity.NONE);
    }

    /** The enum constant stored under {@code key}; a stale or tampered value starts clean rather than fails. */
    private <E extends Enum<E>> E read(String key, Class<E> type, E none) {
        if (attributes.get(key) instanceof String name) {
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException ignored) {
                return none;
            }
        }
        return none;
    }

    public boolean in(Activity activity) {
        return activity() == activity;
    }

    /** Switches activity and forgets what the previous one was holding. */
    public Conversation start(Activity activity) {
        Activity previous = activity();
        if (previous != activity) {
            attributes.remove(previous.name());
        }
        attributes.put(ACTIVITY, activity.name());
        attributes.remove(OFFER);
        return this;
    }

    /** Back to the main menu: nothing in progress, nothing offered. */
    public Conversation reset() {
        for (Activity a : Activity.values()) {
            attributes.remove(a.name());
        }
        attributes.remove(ACTIVITY);
        attributes.remove(OFFER);
        return this;
    }

    /** What a plain "yes" would accept right now, e.g. {@code Offer.STRETCH}. */
    public Offer offer() {
        return read(OFFER, Offer.class, Offer.NONE);
    }

    public Conversation offer(Offer offer) {
        if (offer == Offer.NONE) {
            attributes.remove(OFFER);
        } else {
            attributes.put(OFFER, offer.name());
        }
        return this;
    }

    /** The state map owned by one activity; created on first use. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> state(Activity activity) {
        Object value = attributes.get(activity.name());
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> fresh = new HashMap<>();
        attributes.put(activity.name(), fresh);
        return fresh;
    }

    /** What was last said, or null; never SSML that Alexa would reject (attributes can be tampered with). */
    public String lastSpeech() {
        return sayable(attributes.get(LAST_SPEECH), MAX_REPLAY_SPEECH_CHARS);
    }

    public String lastReprompt() {
        return sayable(attributes.get(LAST_REPROMPT), MAX_REPLAY_REPROMPT_CHARS);
    }

    /**
     * Stored speech is replayed only if it is what the skill itself would have written: one
     * {@code <speak>} document within the replay length, made only of the elements {@link Ssml}
     * writes, that passes the same strict check as everything the skill says (breaks read
     * strictly, each at most 10 s).
     */
    private static String sayable(Object value, int max) {
        return value instanceof String s && s.length() <= max && s.startsWith("<speak>") && s.endsWith("</speak>")
                && SpeechCheck.problems(s, Ssml.ELEMENTS).isEmpty() ? s : null;
    }

    void remember(String speech, String reprompt) {
        keepOrRemove(LAST_SPEECH, speech, MAX_REPLAY_SPEECH_CHARS);
        keepOrRemove(LAST_REPROMPT, reprompt, MAX_REPLAY_REPROMPT_CHARS);
    }

    private void keepOrRemove(String key, String ssml, int max) {
        if (ssml == null || ssml.length() > max) {
            attributes.remove(key);
        } else {
            attributes.put(key, ssml);
        }
    }

    /**
     * The most bytes (as JSON) the session attribute {@code key} may take, or -1 when the skill
     * does not own that key. Every key the skill keeps between turns is one of these; anything
     * else arriving in a request is dropped, so a response never echoes unbounded state back.
     */
    static int budget(String key) {
        switch (key) {
            case ACTIVITY, OFFER, SessionStateGuard.VERSION:
                return MAX_NAME_BYTES;
            case LAST_SPEECH: // a quarter more for JSON escaping of quotes and multi-byte characters
                return MAX_REPLAY_SPEECH_CHARS * 5 / 4;
            case LAST_REPROMPT:
                return MAX_REPLAY_REPROMPT_CHARS * 5 / 4;
            case Memory.SESSION_KEY:
                return MAX_MEMORY_BYTES;
            default:
                for (Activity activity : Activity.values()) {
                    if (activity != Activity.NONE && activity.name().equals(key)) {
                        return MAX_ACTIVITY_STATE_BYTES;
                    }
                }
                return -1;
        }
    }
}
