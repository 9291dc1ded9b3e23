package com.bedtimelegs.state;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.bedtimelegs.speech.SpeechCheck;
import java.util.HashMap;
import java.util.Map;

/**
 * Typed view of the session attributes: the only state the skill keeps between turns.
 * Health answers live here for the length of one session and nowhere else.
 */
public final class Conversation {
    static final String ACTIVITY = "activity";
    static final String OFFER = "offer";
    static final String LAST_SPEECH = "lastSpeech";
    static final String LAST_REPROMPT = "lastReprompt";

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
        Object value = attributes.get(ACTIVITY);
        if (value instanceof String name) {
            try {
                return Activity.valueOf(name);
            } catch (IllegalArgumentException ignored) {
                return Activity.NONE; // stale or tampered value: start clean rather than fail
            }
        }
        return Activity.NONE;
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
        Object value = attributes.get(OFFER);
        if (value instanceof String name) {
            try {
                return Offer.valueOf(name);
            } catch (IllegalArgumentException ignored) {
                return Offer.NONE;
            }
        }
        return Offer.NONE;
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
        return sayable(attributes.get(LAST_SPEECH));
    }

    public String lastReprompt() {
        return sayable(attributes.get(LAST_REPROMPT));
    }

    private static String sayable(Object value) {
        return value instanceof String s && s.startsWith("<speak>") && SpeechCheck.problems(s).isEmpty() ? s : null;
    }

    void remember(String speech, String reprompt) {
        attributes.put(LAST_SPEECH, speech);
        if (reprompt == null) {
            attributes.remove(LAST_REPROMPT);
        } else {
            attributes.put(LAST_REPROMPT, reprompt);
        }
    }
}
