package com.bedtimelegs.stretch;

/** Numbers as words, the way they are said aloud ("thirty seconds", "twice"). */
public final class Words {
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    private Words() {
    }

    /** 0 to 99 in words; larger numbers as digits. */
    public static String number(int n) {
        if (n < 0 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 20) {
            return SMALL[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]);
    }

    /** "once", "twice", "three times". */
    public static String times(int n) {
        return switch (n) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> number(n) + " times";
        };
    }

    public static String seconds(int n) {
        return number(n) + (n == 1 ? " second" : " seconds");
    }

    public static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
