package com.bedtimelegs.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BedtimeTimeTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "09:30, 21:30, nine thirty", "10:00, 22:00, ten", "21:30, 21:30, nine thirty", "22:05, 22:05, ten oh five",
        "05:00, 17:00, five", "11:45, 23:45, eleven forty-five", "12:30, 00:30, twelve thirty", "00:15, 00:15, twelve fifteen",
        "01:00, 01:00, one", "04:59, 04:59, four fifty-nine", "23:59, 23:59, eleven fifty-nine"})
    void hoursWithoutAmOrPmAreReadAsBedtime(String slot, String expected, String words) {
        BedtimeTime time = BedtimeTime.fromSlot(slot).orElseThrow();
        assertEquals(expected, time.toString());
        assertEquals(words, time.words());
    }

    @Test
    void valuesThatAreNoClockTimeAreRefused() {
        for (String value : new String[] {null, "", "?", "NI", "EV", "MO", "25:00", "9:75", "nine thirty"}) {
            assertEquals(Optional.empty(), BedtimeTime.fromSlot(value), String.valueOf(value));
        }
    }

    @Test
    void theNextOccurrenceIsTonightOrElseTomorrowAndTheRuleRepeatsDaily() {
        BedtimeTime t = BedtimeTime.fromSlot("09:30").orElseThrow();
        assertEquals(LocalDateTime.parse("2026-11-25T21:30"), t.nextAfter(LocalDateTime.parse("2026-11-25T18:00")));
        assertEquals(LocalDateTime.parse("2026-11-26T21:30"), t.nextAfter(LocalDateTime.parse("2026-11-25T21:30")));
        assertEquals(LocalDateTime.parse("2026-11-26T21:30"), t.nextAfter(LocalDateTime.parse("2026-11-25T23:10")));
        assertEquals("FREQ=DAILY;BYHOUR=21;BYMINUTE=30;BYSECOND=0", t.recurrenceRule());
        assertEquals(Optional.of(t), BedtimeTime.fromRule(t.recurrenceRule()));
        assertTrue(BedtimeTime.fromSlot("08:00").orElseThrow().evening());
        assertTrue(!t.evening());
    }
}
