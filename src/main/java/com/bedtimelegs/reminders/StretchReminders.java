package com.bedtimelegs.reminders;

import com.amazon.ask.model.services.ServiceException;
import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.Recurrence;
import com.amazon.ask.model.services.reminderManagement.Reminder;
import com.amazon.ask.model.services.reminderManagement.ReminderManagementService;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.amazon.ask.model.services.ups.UpsService;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user's one nightly stretch reminder, kept through Alexa's Reminders API with the ASK SDK's
 * ReminderManagementService. The skill only ever creates stretch reminders, and the API lists only
 * reminders this skill made for this user, so every active reminder listed is ours: setting one
 * when one exists updates it (and removes any extra left by an earlier fault), never adds a second.
 */
public final class StretchReminders {
    /** What went wrong, in the terms the user hears. */
    public enum Failure {
        /** 401/403: the user has not granted (or has withdrawn) the reminders permission. */
        NO_PERMISSION,
        /** 5xx, a timeout, or no answer at all: try again later; nothing was changed that we know of. */
        UNAVAILABLE
    }

    public static final class ReminderException extends RuntimeException {
        private final Failure failure;

        ReminderException(Failure failure, Throwable cause) {
            super(failure.name(), cause);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /** A reminder as saved: its time, and whether an existing one was changed rather than a new one made. */
    public record Saved(BedtimeTime time, boolean updated) {
    }

    private final ReminderManagementService reminders;
    private final UpsService settings;
    private final String deviceId;

    public StretchReminders(ReminderManagementService reminders, UpsService settings, String deviceId) {
        this.reminders = reminders;
        this.settings = settings;
        this.deviceId = deviceId;
    }

    /** The stretch reminder's time, if the user has one. */
    public Optional<BedtimeTime> current() {
        return ours().stream().findFirst().flatMap(StretchReminders::timeOf);
    }

    /**
     * Creates the nightly reminder, or moves the existing one to {@code time}. {@code now} is the
     * request's timestamp; the first reminder is the next {@code time} after it in the user's zone.
     */
    public Saved set(BedtimeTime time, Instant now, String locale, String text) {
        return save(ours(), time, now, locale, text);
    }

    /** Moves the existing reminder to {@code time}; empty (and nothing made) when the user has none. */
    public Optional<Saved> change(BedtimeTime time, Instant now, String locale, String text) {
        List<Reminder> existing = ours();
        return existing.isEmpty() ? Optional.empty() : Optional.of(save(existing, time, now, locale, text));
    }

    private Saved save(List<Reminder> existing, BedtimeTime time, Instant now, String locale, String text) {
        ZoneId zone = timeZone();
        ReminderRequest request = request(time, now, zone, locale, text);
        if (existing.isEmpty()) {
            call(() -> reminders.createReminder(request));
            return new Saved(time, false);
        }
        call(() -> reminders.updateReminder(existing.get(0).getAlertToken(), request));
        for (Reminder extra : existing.subList(1, existing.size())) {
            call(() -> {
                reminders.deleteReminder(extra.getAlertToken());
                return null;
            });
        }
        return new Saved(time, true);
    }

    /** Deletes every stretch reminder; how many there were. */
    public int cancel() {
        List<Reminder> existing = ours();
        for (Reminder reminder : existing) {
            call(() -> {
                reminders.deleteReminder(reminder.getAlertToken());
                return null;
            });
        }
        return existing.size();
    }

    /** The active reminders this skill made for this user, oldest first as the API lists them. */
    List<Reminder> ours() {
        var response = call(reminders::getReminders);
        List<Reminder> out = new ArrayList<>();
        if (response != null && response.getAlerts() != null) {
            for (Reminder r : response.getAlerts()) {
                if (r != null && r.getAlertToken() != null && r.getStatus() != Status.COMPLETED) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    static ReminderRequest request(BedtimeTime time, Instant now, ZoneId zone, String locale, String text) {
        ZoneId where = zone == null ? ZoneOffset.UTC : zone;
        LocalDateTime localNow = LocalDateTime.ofInstant(now, where);
        LocalDateTime first = time.nextAfter(localNow);
        Trigger.Builder trigger = Trigger.builder()
                .withType(TriggerType.SCHEDULED_ABSOLUTE)
                .withScheduledTime(first)
                .withRecurrence(Recurrence.builder()
                        .withStartDateTime(first)
                        .withRecurrenceRules(List.of(time.recurrenceRule()))
                        .build());
        if (zone != null) {
            // Without a zone Alexa uses the device's own, which is what we want when the Settings API failed.
            trigger.withTimeZoneId(zone.getId());
        }
        return ReminderRequest.builder()
                .withRequestTime(OffsetDateTime.ofInstant(now, where))
                .withTrigger(trigger.build())
                .withAlertInfo(AlertInfo.builder()
                        .withSpokenInfo(SpokenInfo.builder()
                                .withContent(List.of(SpokenText.builder().withLocale(locale).withText(text).build()))
                                .build())
                        .build())
                .withPushNotification(PushNotification.builder().withStatus(PushNotificationStatus.ENABLED).build())
                .build();
    }

    /** The device's time zone from the Alexa Settings API; null (the device's own zone) if that fails. */
    ZoneId timeZone() {
        if (settings == null || deviceId == null) {
            return null;
        }
        try {
            String id = settings.getSystemTimeZone(deviceId);
            return id == null || id.isBlank() ? null : ZoneId.of(id.strip());
        } catch (ServiceException | DateTimeException | IllegalStateException e) {
            return null;
        }
    }

    static Optional<BedtimeTime> timeOf(Reminder reminder) {
        Trigger trigger = reminder.getTrigger();
        if (trigger == null) {
            return Optional.empty();
        }
        if (trigger.getRecurrence() != null && trigger.getRecurrence().getRecurrenceRules() != null) {
            for (String rule : trigger.getRecurrence().getRecurrenceRules()) {
                Optional<BedtimeTime> t = BedtimeTime.fromRule(rule);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.ofNullable(trigger.getScheduledTime()).map(s -> BedtimeTime.exactly(s.toLocalTime()));
    }

    private interface Call<T> {
        T run();
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ServiceException e) {
            int status = e.getStatusCode();
            throw new ReminderException(status == 401 || status == 403 ? Failure.NO_PERMISSION : Failure.UNAVAILABLE, e);
        } catch (RuntimeException e) {
            throw new ReminderException(Failure.UNAVAILABLE, e);
        }
    }
}
