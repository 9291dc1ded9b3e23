package com.bedtimelegs.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmergencyNumberTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "en-US, 911, nine one one",
            "en-CA, 911, nine one one",
            "fr-CA, 911, nine one one",
            "es-US, 911, nine one one",
            "en-GB, 999, nine nine nine",
            "en_gb, 999, nine nine nine",
            "en-AU, 000, triple zero",
            "en-IN, 112, one one two",
            "hi-IN, 112, one one two",
    })
    void theNumberForTheCountry(String locale, String digits, String spoken) {
        EmergencyNumber number = EmergencyNumber.forLocale(locale);
        assertEquals(digits, number.digits());
        assertEquals(spoken, number.spoken());
        assertEquals(true, number.written().startsWith(digits));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"de-DE", "ja-JP", "en", "en-NZ", "garbage"})
    void unknownCountriesAreToldToCallTheirLocalNumber(String locale) {
        EmergencyNumber number = EmergencyNumber.forLocale(locale);
        assertTrue(number.digits().isEmpty());
        assertEquals("your local emergency number", number.spoken());
    }
}
