package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulator's AMAZON.TIME: what Alexa sends for spoken times (no am/pm assumed when none was said). */
class SpokenTimeTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "nine thirty, 09:30", "half past nine, 09:30", "10 pm, 22:00", "ten, 10:00", "ten o'clock, 10:00",
        "9:45 pm, 21:45", "quarter to ten, 09:45", "twenty to eleven, 10:40", "nine oh five, 09:05",
        "nine thirty tonight, 21:30", "ten at night, 22:00", "ten o'clock at night, 22:00", "eleven forty five, 11:45",
        "7 am, 07:00", "twelve am, 00:00", "midnight, 00:00", "at ten thirty, 10:30", "tonight, NI", "in the evening, EV",
        "21:30, 21:30", "half nine, 09:30", "half ten at night, 22:30"})
    void spokenTimes(String said, String value) {
        assertEquals(Optional.of(value), SpokenTime.parse(said));
    }

    @ParameterizedTest
    @CsvSource({"banana", "nine thirty every night", "thirty", "ninety", "half past", "twenty five past midnight", "half thirty"})
    void notTimes(String said) {
        assertEquals(Optional.empty(), SpokenTime.parse(said));
    }
}
