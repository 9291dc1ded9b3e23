package com.bedtimelegs.triage;

import java.util.Locale;

/**
 * The emergency number for the listener's country, read from the request locale.
 *
 * @param digits  the number as written ("911"); empty when the country is not known
 * @param spoken  how to say it after "Call" ("nine one one", "triple zero")
 * @param written how to write it after "Call" on a card ("911")
 */
public record EmergencyNumber(String digits, String spoken, String written) {
    static final EmergencyNumber UNKNOWN =
            new EmergencyNumber("", "your local emergency number", "your local emergency number");

    /** For locales such as en-US, en-GB, en-AU, en-IN, en-CA (language ignored, country decides). */
    public static EmergencyNumber forLocale(String locale) {
        String country = country(locale);
        return switch (country) {
            case "US", "CA" -> new EmergencyNumber("911", "nine one one", "911");
            case "GB" -> new EmergencyNumber("999", "nine nine nine", "999");
            case "AU" -> new EmergencyNumber("000", "triple zero", "000 (triple zero)");
            case "IN" -> new EmergencyNumber("112", "one one two", "112");
            default -> UNKNOWN;
        };
    }

    static String country(String locale) {
        if (locale == null) {
            return "";
        }
        String[] parts = locale.strip().split("[-_]");
        return parts.length >= 2 ? parts[1].toUpperCase(Locale.ROOT) : "";
    }
}
