package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.bedtimelegs.cramp.CrampGuide;
import com.bedtimelegs.cramp.CrampProgress;
import com.bedtimelegs.cramp.Technique;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.SpeechCheck;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.triage.Advice;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spoken shape of cramp help, shared by the cramp handlers. Someone is in pain, in the dark:
 * the first sentence is always the action, with no greeting or apology before it.
 */
final class CrampFlow {
    static final String MUSCLE_SLOT = "muscle";
    static final String STATE_MUSCLE = "muscle";
    static final String STATE_STEP = "step";


    private CrampFlow() {
    }

    static CrampGuide guide() {
        return CrampGuide.get();
    }

    /** Progress as the session holds it, repaired if the stored values are missing or wrong. */
    static CrampProgress progress(Conversation conversation) {
        Map<String, Object> state = conversation.state(Activity.CRAMP);
        return CrampProgress.restore(guide(), state.get(STATE_MUSCLE), state.get(STATE_STEP));
    }

    /** True when the session holds a muscle this cramp is about (not just a stale or empty map). */
    static boolean hasCramp(Conversation conversation) {
        return conversation.in(Activity.CRAMP)
                && conversation.state(Activity.CRAMP).get(STATE_MUSCLE) instanceof String s && guide().knows(s);
    }

    /** A new cramp in this muscle; null or unknown gets the general answer and "where is it?". */
    static Optional<Response> start(HandlerInput input, String muscleId) {
        return speak(input, CrampProgress.start(guide(), muscleId), true);
    }

    /** "It's still cramping": the next technique, or, when they've run out, calm words and the check. */
    static Optional<Response> stillCramping(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        if (!hasCramp(conversation)) {
            return start(input, null); // no cramp in progress: treat it as a new one
        }
        return speak(input, progress(conversation).stillCramping(guide()), false);
    }

    /** "It's gone": aftercare, one prevention sentence, and the red-flag check on offer. */
    static Optional<Response> gone(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        Speech words = Replies.speech(input);
        Ssml speech = Ssml.speech();
        guide().aftercare().forEach(speech::say);
        speech.say(guide().prevention()).breath().say(words.text("cramp.redFlagOffer"));
        conversation.offer(Offer.RED_FLAG_CHECK);
        return Replies.ask(input, speech.build(), Ssml.of(words.text("cramp.redFlagReprompt")));
    }

    /** Says the question that is open again, for a yes/no or "not sure" that doesn't answer it. */
    static Optional<Response> askAgain(HandlerInput input, String leadKey) {
        Conversation conversation = Conversation.of(input);
        Speech words = Replies.speech(input);
        String lead = words.text(leadKey);
        if (conversation.offer() == Offer.RED_FLAG_CHECK) {
            return Replies.ask(input, Ssml.of(lead, words.text("cramp.redFlagReprompt")),
                    Ssml.of(words.text("cramp.redFlagReprompt")));
        }
        CrampProgress progress = progress(conversation);
        if (progress.asksWhere()) {
            return askWhere(input, Ssml.of(lead, words.text("cramp.tellMeWhere")));
        }
        return Replies.ask(input, Ssml.of(lead, words.text("cramp.easingQuestion")), Ssml.of(words.text("cramp.easingReprompt")));
    }

    private static Optional<Response> speak(HandlerInput input, CrampProgress progress, boolean firstAnswer) {
        Conversation conversation = Conversation.of(input);
        Speech words = Replies.speech(input);
        conversation.start(Activity.CRAMP);
        Map<String, Object> state = conversation.state(Activity.CRAMP);
        state.put(STATE_MUSCLE, progress.muscle());
        state.put(STATE_STEP, progress.step());

        Optional<Technique> technique = progress.technique(guide());
        if (technique.isEmpty()) {
            // Every way to ease it has been tried: say when it needs help today, not another stretch.
            return TriageFlow.tell(input, Advice.forLongCramp(TriageFlow.locale(input)));
        }
        Ssml speech = technique(technique.get());
        Screen.cramp(input, technique.get().action(), technique.get().holdSeconds(), secondsBeforeHold(technique.get()),
                words.text(progress.asksWhere() ? "cramp.whereQuestion" : "cramp.easingQuestion"));
        if (progress.asksWhere()) {
            return askWhere(input, speech.say(words.text("cramp.whereQuestion")).build());
        }
        if (firstAnswer) {
            speech.breath();
            guide().whenItLetsGo().forEach(speech::say);
        }
        speech.say(words.text("cramp.easingQuestion"));
        return Replies.ask(input, speech.build(), Ssml.of(words.text("cramp.easingReprompt")));
    }

    /** About how long Alexa speaks before the hold begins (action, how, and the hold sentence). */
    static int secondsBeforeHold(Technique technique) {
        Ssml lead = Ssml.speech().say(technique.action());
        technique.how().forEach(lead::say);
        lead.say(technique.hold());
        return (int) Math.round(SpeechCheck.estimatedSeconds(lead.build()));
    }

    /** Action first, then how, then the timed hold with a soft cue every ten seconds. */
    static Ssml technique(Technique technique) {
        Ssml speech = Ssml.speech().say(technique.action());
        technique.how().forEach(speech::say);
        if (technique.hasHold()) {
            speech.say(technique.hold());
            List<String> cues = guide().holdCues();
            int left = technique.holdSeconds();
            int cue = 0;
            while (left > 0) {
                int chunk = Math.min(left, Ssml.MAX_BREAK_SECONDS);
                speech.pause(chunk);
                left -= chunk;
                if (left > 0) {
                    speech.say(cues.get(cue++ % cues.size()));
                }
            }
            speech.say(guide().holdEnd());
        }
        return speech;
    }

    /**
     * Asks where the cramp is and has Alexa listen for a muscle: "calf", "my calf" or "the back
     * of my thigh" come back as CrampReliefIntent with the muscle filled.
     */
    static Optional<Response> askWhere(HandlerInput input, String speechSsml) {
        Intent wanting = Intent.builder()
                .withName(Intents.CRAMP_RELIEF)
                .withConfirmationStatus(IntentConfirmationStatus.NONE)
                .withSlots(Map.of(MUSCLE_SLOT, Slot.builder()
                        .withName(MUSCLE_SLOT)
                        .withConfirmationStatus(SlotConfirmationStatus.NONE)
                        .build()))
                .build();
        return input.getResponseBuilder()
                .withSpeech(Replies.voiced(input, speechSsml))
                .withReprompt(Replies.voiced(input, Ssml.of(Replies.speech(input).text("cramp.whereReprompt"))))
                .addElicitSlotDirective(MUSCLE_SLOT, wanting)
                .withShouldEndSession(false)
                .build();
    }
}
