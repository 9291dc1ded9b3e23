package com.bedtimelegs.handlers;

import com.amazon.ask.request.RequestHelper;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.PermissionStatus;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.bedtimelegs.content.Locales;
import com.bedtimelegs.reminders.BedtimeTime;
import com.bedtimelegs.reminders.StretchReminders;
import com.bedtimelegs.reminders.StretchReminders.ReminderException;
import com.bedtimelegs.reminders.StretchReminders.Saved;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nightly stretch reminder: consent first (Alexa's voice permission, the card as fallback),
 * then one call to the Reminders API through {@link StretchReminders}. Every failure is spoken;
 * nothing is claimed that the API did not confirm.
 */
final class ReminderFlow {
    /** The permission scope skill.json declares and the voice permission asks for. */
    static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    static final String ASK_FOR = "AskFor";
    /** Carried through Alexa's permission dialog in the directive's token: "set 21:30" / "change 22:00". */
    private static final String SET = "set";
    private static final String CHANGE = "change";

    private ReminderFlow() {
    }

    static boolean permitted(HandlerInput input) {
        SystemState system = input.getRequestEnvelope().getContext() == null ? null
                : input.getRequestEnvelope().getContext().getSystem();
        Permissions permissions = system == null || system.getUser() == null ? null : system.getUser().getPermissions();
        if (permissions == null) {
            return false;
        }
        Map<String, Scope> scopes = permissions.getScopes();
        if (scopes != null && scopes.get(SCOPE) != null) {
            return scopes.get(SCOPE).getStatus() == PermissionStatus.GRANTED;
        }
        return permissions.getConsentToken() != null && !permissions.getConsentToken().isBlank();
    }

    /** "Remind me at nine thirty" (change=false) or "change it to ten" (change=true), permission already known. */
    static Optional<Response> save(HandlerInput input, BedtimeTime time, boolean change, boolean afterConsent) {
        Speech words = Replies.speech(input);
        StretchReminders reminders = client(input);
        try {
            Optional<Saved> result = change
                    ? reminders.change(time, now(input), locale(input), words.text("reminder.text"))
                    : Optional.of(reminders.set(time, now(input), locale(input), words.text("reminder.text")));
            if (result.isEmpty()) {
                return Replies.tell(input, Ssml.of(words.text("reminder.noneToChange"), words.text("reminder.howToSet", time.words())));
            }
            Saved saved = result.get();
            String when = when(words, saved.time());
            return Replies.tell(input, Ssml.of(words.text(saved.updated() ? "reminder.moved" : "reminder.set", when),
                    words.text("reminder.goodnight")));
        } catch (ReminderException e) {
            if (e.failure() == StretchReminders.Failure.NO_PERMISSION) {
                // Granted a moment ago but refused by the API, or withdrawn: the card, never another loop of asking.
                return afterConsent ? card(input, "reminder.cardNeeded") : askPermission(input, time, change);
            }
            return Replies.tell(input, Ssml.of(words.text("reminder.unavailable")));
        }
    }

    static Optional<Response> list(HandlerInput input) {
        Speech words = Replies.speech(input);
        if (!permitted(input)) {
            return Replies.tell(input, Ssml.of(words.text("reminder.noneYet"), words.text("reminder.howToSetAny")));
        }
        try {
            Optional<BedtimeTime> current = client(input).current();
            if (current.isEmpty()) {
                return Replies.tell(input, Ssml.of(words.text("reminder.noneYet"), words.text("reminder.howToSetAny")));
            }
            return Replies.tell(input, Ssml.of(words.text("reminder.youHave", when(words, current.get())),
                    words.text("reminder.howToChange")));
        } catch (ReminderException e) {
            return Replies.tell(input, Ssml.of(words.text(e.failure() == StretchReminders.Failure.NO_PERMISSION
                    ? "reminder.noneYet" : "reminder.unavailableToRead")));
        }
    }

    static Optional<Response> cancel(HandlerInput input) {
        Speech words = Replies.speech(input);
        if (!permitted(input)) {
            return Replies.tell(input, Ssml.of(words.text("reminder.noneToCancel")));
        }
        try {
            int cancelled = client(input).cancel();
            return Replies.tell(input, Ssml.of(words.text(cancelled > 0 ? "reminder.cancelled" : "reminder.noneToCancel")));
        } catch (ReminderException e) {
            return Replies.tell(input, Ssml.of(words.text(e.failure() == StretchReminders.Failure.NO_PERMISSION
                    ? "reminder.noneToCancel" : "reminder.unavailable")));
        }
    }

    /** Hands the user to Alexa, who asks for the reminders permission by voice; the answer comes back as Connections.Response. */
    static Optional<Response> askPermission(HandlerInput input, BedtimeTime time, boolean change) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@type", "AskForPermissionsConsentRequest");
        payload.put("@version", "1");
        payload.put("permissionScope", SCOPE);
        return input.getResponseBuilder()
                .addDirective(SendRequestDirective.builder()
                        .withName(ASK_FOR)
                        .withPayload(payload)
                        .withToken((change ? CHANGE : SET) + " " + time.time())
                        .build())
                .build();
    }

    /** The answer to the voice permission request. */
    static Optional<Response> afterConsent(HandlerInput input, String code, String status, String token) {
        if (!"200".equals(code)) {
            // This device can't ask by voice: the card in the Alexa app does the asking instead.
            return card(input, "reminder.cardNoVoice");
        }
        if ("ACCEPTED".equals(status)) {
            Optional<Pending> pending = Pending.parse(token);
            if (pending.isEmpty()) {
                Speech words = Replies.speech(input);
                return Replies.tell(input, Ssml.of(words.text("reminder.thanks"), words.text("reminder.howToSetAny")));
            }
            return save(input, pending.get().time(), pending.get().change(), true);
        }
        return card(input, "DENIED".equals(status) ? "reminder.denied" : "reminder.notAnswered");
    }

    private static Optional<Response> card(HandlerInput input, String key) {
        Speech words = Replies.speech(input);
        return input.getResponseBuilder()
                .withSpeech(Ssml.of(words.text(key), words.text("reminder.cardSent")))
                .withAskForPermissionsConsentCard(List.of(SCOPE))
                .withShouldEndSession(true)
                .build();
    }

    private record Pending(BedtimeTime time, boolean change) {
        static Optional<Pending> parse(String token) {
            if (token == null) {
                return Optional.empty();
            }
            String[] parts = token.strip().split(" ");
            if (parts.length != 2 || !(SET.equals(parts[0]) || CHANGE.equals(parts[0]))) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Pending(BedtimeTime.exactly(LocalTime.parse(parts[1])), CHANGE.equals(parts[0])));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** "nine thirty in the evening", "ten at night". */
    private static String when(Speech words, BedtimeTime time) {
        return words.text(time.evening() ? "reminder.inTheEvening" : "reminder.atNight", time.words());
    }

    private static StretchReminders client(HandlerInput input) {
        var factory = input.getServiceClientFactory();
        if (factory == null) {
            throw new IllegalStateException("the skill was built without an API client");
        }
        var system = input.getRequestEnvelope().getContext().getSystem();
        String deviceId = system.getDevice() == null ? null : system.getDevice().getDeviceId();
        return new StretchReminders(factory.getReminderManagementService(), factory.getUpsService(), deviceId);
    }

    private static Instant now(HandlerInput input) {
        OffsetDateTime stamp = input.getRequest().getTimestamp();
        return stamp == null ? Instant.now() : stamp.toInstant();
    }

    private static String locale(HandlerInput input) {
        String locale = RequestHelper.forHandlerInput(input).getLocale();
        return Locales.ALL.contains(locale) ? locale : "en-US";
    }
}
