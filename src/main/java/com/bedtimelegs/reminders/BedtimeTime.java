package com.bedtimelegs.reminders;

import java.time.LocalDateTime;
import java.time.LocalTime;
import com.bedtimelegs.stretch.Words;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of a nightly stretch reminder, read from an AMAZON.TIME slot value.
 *
 * <p>AMAZON.TIME gives "09:30" for "nine thirty" whether or not the speaker meant the morning; the
 * slot value carries no am/pm. This is a bedtime reminder, so: hours 5 to 11 mean the evening
 * (17:00 to 23:59), 12 means half past midnight rather than noon (people say "twelve thirty"
 * for a late night), hours 0 to 4 stay after midnight, and 13 to 23 are already unambiguous.
 * The confirmation always says "in the evening" or "at night" so a misheard time is noticed.
 * Values such as "EV" or "NI" (evening, night) name no clock time and are refused.
 */
public record BedtimeTime(LocalTime time) {
    /** The rule Alexa's Reminders API repeats by: every day at this time. */
    public static final String FREQ_DAILY = "FREQ=DAILY";

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    public BedtimeTime {
        time = time.withSecond(0).withNano(0);
    }

    /** The bedtime reading of an AMAZON.TIME value; empty when it is no clock time. */
    public static Optional<BedtimeTime> fromSlot(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = CLOCK.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        if (hour >= 5 && hour <= 11) {
            hour += 12;
        } else if (hour == 12) {
            hour = 0;
        }
        return Optional.of(new BedtimeTime(LocalTime.of(hour, minute)));
    }

    private static final Pattern RULE = Pattern.compile(".*\\bBYHOUR=(\\d{1,2});BYMINUTE=(\\d{1,2}).*");

    /** The time of a daily rule the Reminders API holds ("FREQ=DAILY;BYHOUR=21;BYMINUTE=30;BYSECOND=0"). */
    public static Optional<BedtimeTime> fromRule(String rule) {
        Matcher m = rule == null ? null : RULE.matcher(rule);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        return hour > 23 || minute > 59 ? Optional.empty() : Optional.of(new BedtimeTime(LocalTime.of(hour, minute)));
    }

    /** A time read back from a reminder the API holds (no bedtime rule: it is already exact). */
    public static BedtimeTime exactly(LocalTime time) {
        return new BedtimeTime(time);
    }

    /** The first time this reminder goes off at or after {@code now} (a daily time already past today: tomorrow). */
    public LocalDateTime nextAfter(LocalDateTime now) {
        LocalDateTime today = LocalDateTime.of(now.toLocalDate(), time);
        return today.isAfter(now) ? today : LocalDateTime.of(now.toLocalDate().plusDays(1), time);
    }

    /** The RFC 5545 rule the Reminders API takes: "FREQ=DAILY;BYHOUR=21;BYMINUTE=30;BYSECOND=0". */
    public String recurrenceRule() {
        return FREQ_DAILY + ";BYHOUR=" + time.getHour() + ";BYMINUTE=" + time.getMinute() + ";BYSECOND=0";
    }

    /** Whether the time falls in the evening (before 21:00) rather than at night. */
    public boolean evening() {
        return time.getHour() >= 12 && time.getHour() < 21;
    }

    /** The clock time in words, twelve-hour: "nine thirty", "ten", "nine oh five", "twelve fifteen". */
    public String words() {
        int hour12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String hour = Words.number(hour12);
        int minute = time.getMinute();
        if (minute == 0) {
            return hour;
        }
        return hour + " " + (minute < 10 ? "oh " : "") + Words.number(minute);
    }

    /** For tests and logs: "21:30". */
    @Override
    public String toString() {
        return time.toString();
    }
}
