package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.dialog.ElicitSlotDirective;
import com.bedtimelegs.reminders.BedtimeTime;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;

/**
 * "Remind me to stretch at nine thirty every night", "change it to ten", "what reminders do I
 * have", "cancel my stretch reminder". A time Alexa could not hear as a clock time is asked for again.
 */
public final class ReminderHandler extends IntentHandler {
    static final String TIME_SLOT = "time";

    @Override
    public Optional<Response> handle(HandlerInput input) {
        String intent = intentName(input);
        if (Intents.LIST_REMINDERS.equals(intent)) {
            return ReminderFlow.list(input);
        }
        if (Intents.CANCEL_REMINDER.equals(intent)) {
            return ReminderFlow.cancel(input);
        }
        boolean change = Intents.CHANGE_REMINDER.equals(intent);
        Optional<BedtimeTime> time = Slots.slot(input, TIME_SLOT).flatMap(s -> BedtimeTime.fromSlot(s.getValue()));
        if (time.isEmpty()) {
            return askTime(input, Slots.heard(input, TIME_SLOT));
        }
        if (!ReminderFlow.permitted(input)) {
            return ReminderFlow.askPermission(input, time.get(), change);
        }
        return ReminderFlow.save(input, time.get(), change, false);
    }

    /** Alexa asks for the time slot again; the answer comes back as the same intent with the slot filled. */
    private static Optional<Response> askTime(HandlerInput input, boolean heardSomething) {
        Speech words = Replies.speech(input);
        Intent intent = ((IntentRequest) input.getRequest()).getIntent();
        return input.getResponseBuilder()
                .withSpeech(Ssml.of(words.text(heardSomething ? "reminder.notATime" : "reminder.whatTime")))
                .withReprompt(Ssml.of(words.text("reminder.whatTimeReprompt")))
                .addDirective(ElicitSlotDirective.builder().withSlotToElicit(TIME_SLOT).withUpdatedIntent(intent).build())
                .withShouldEndSession(false)
                .build();
    }
}
