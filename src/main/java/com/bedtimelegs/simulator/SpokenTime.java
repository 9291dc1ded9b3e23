package com.bedtimelegs.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Alexa's AMAZON.TIME slot makes of spoken times: "nine thirty" is "09:30" (no am or pm
 * heard, so none assumed), "half past nine" or "half nine" "09:30", "10 pm" or "ten at night" "22:00", "ten"
 * "10:00", "midnight" "00:00"; "tonight" or "in the evening" with no clock time become "NI" or
 * "EV". Anything else is not a time: empty.
 */
final class SpokenTime {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50));
    private static final Map<String, String> PARTS_OF_DAY = Map.of(
            "tonight", "NI", "night", "NI", "at night", "NI", "evening", "EV", "this evening", "EV", "in the evening", "EV",
            "morning", "MO", "in the morning", "MO", "afternoon", "AF", "in the afternoon", "AF");
    private static final Pattern SUFFIX = Pattern.compile("^(.*?) (am|a m|in the morning|pm|p m|in the evening|at night|tonight|this evening|o'clock)$");
    private static final Pattern PAST_TO = Pattern.compile("^(half|quarter|a quarter|[a-z0-9 ]+?)(?: minutes)? (past|after|to) ([a-z0-9]+)$");

    private SpokenTime() {
    }

    static Optional<String> parse(String said) {
        String s = UtteranceResolver.normalize(said).replaceAll("^(at|for|around|about) ", "");
        if (PARTS_OF_DAY.containsKey(s)) {
            return Optional.of(PARTS_OF_DAY.get(s));
        }
        if (s.equals("midnight")) {
            return Optional.of("00:00");
        }
        if (s.equals("noon") || s.equals("midday")) {
            return Optional.of("12:00");
        }
        String half = null;
        Matcher suffix = SUFFIX.matcher(s);
        if (suffix.matches()) {
            s = suffix.group(1);
            String word = suffix.group(2);
            if (!word.equals("o'clock")) {
                half = word.equals("am") || word.equals("a m") || word.equals("in the morning") ? "am" : "pm";
            }
            // "ten o'clock at night": one more suffix may follow the first
            Matcher again = SUFFIX.matcher(s);
            if (again.matches() && again.group(2).equals("o'clock")) {
                s = again.group(1);
            }
        }
        Optional<int[]> clock = clock(s);
        if (clock.isEmpty()) {
            return Optional.empty();
        }
        int hour = clock.get()[0];
        int minute = clock.get()[1];
        if ("pm".equals(half) && hour < 12) {
            hour += 12;
        } else if ("am".equals(half) && hour == 12) {
            hour = 0;
        }
        return Optional.of(String.format("%02d:%02d", hour, minute));
    }

    /** "nine thirty", "9 45", "half past nine", "half nine" (British: half past), "quarter to ten", "ten", "twenty to eleven". */
    private static Optional<int[]> clock(String s) {
        Matcher pastTo = PAST_TO.matcher(s);
        if (pastTo.matches()) {
            Optional<Integer> hour = hour(pastTo.group(3));
            String m = pastTo.group(1);
            Optional<Integer> minutes = m.equals("half") ? Optional.of(30)
                    : m.endsWith("quarter") ? Optional.of(15) : number(List.of(m.split(" ")));
            if (hour.isEmpty() || minutes.isEmpty() || minutes.get() < 1 || minutes.get() > 30) {
                return Optional.empty();
            }
            if (pastTo.group(2).equals("to")) {
                int h = hour.get() == 1 ? 12 : hour.get() - 1;
                return Optional.of(new int[] {h, 60 - minutes.get()});
            }
            return Optional.of(new int[] {hour.get(), minutes.get()});
        }
        String[] words = s.split(" ");
        if (words.length == 2 && words[0].equals("half")) {
            return hour(words[1]).filter(h -> h >= 1 && h <= 12).map(h -> new int[] {h, 30}); // "half nine": half past nine
        }
        Optional<Integer> hour = hour(words[0]);
        if (hour.isEmpty()) {
            return Optional.empty();
        }
        if (words.length == 1) {
            return Optional.of(new int[] {hour.get(), 0});
        }
        List<String> rest = List.of(words).subList(1, words.length);
        if (rest.get(0).equals("oh") && rest.size() == 2) {
            Optional<Integer> m = number(rest.subList(1, 2));
            return m.filter(v -> v >= 1 && v <= 9).map(v -> new int[] {hour.get(), v});
        }
        return number(rest).filter(v -> v >= 0 && v <= 59).map(v -> new int[] {hour.get(), v});
    }

    private static Optional<Integer> hour(String word) {
        Optional<Integer> h = number(List.of(word));
        return h.filter(v -> v >= 0 && v <= 23);
    }

    /** One or two number words ("forty five") or digits. */
    private static Optional<Integer> number(List<String> words) {
        if (words.size() == 1 && words.get(0).matches("\\d{1,2}")) {
            return Optional.of(Integer.parseInt(words.get(0)));
        }
        if (words.size() == 1) {
            return Optional.ofNullable(NUMBERS.get(words.get(0)));
        }
        if (words.size() == 2) {
            Integer tens = NUMBERS.get(words.get(0));
            Integer ones = NUMBERS.get(words.get(1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return Optional.of(tens + ones);
            }
        }
        return Optional.empty();
    }
}
