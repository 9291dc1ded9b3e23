package com.bedtimelegs.speech;

/**
 * Builds one spoken response as SSML. The only place that writes {@code <speak>}.
 *
 * <p>Text is always escaped; pauses longer than Alexa's 10 s limit per {@code <break>} are
 * chained. Everything is wrapped in a slightly slow prosody because the listener is lying in
 * the dark, winding down.
 */
public final class Ssml {
    /** Alexa rejects a single break longer than this. */
    public static final int MAX_BREAK_SECONDS = 10;
    /** Alexa rejects output speech longer than this many characters. */
    public static final int MAX_SPEECH_CHARS = 8000;
    /** Every SSML element this builder writes; stored speech with any other was not written by the skill. */
    public static final java.util.Set<String> ELEMENTS = java.util.Set.of("speak", "prosody", "break");
    /** Calm bedtime pace; Alexa accepts a percentage of the normal rate. */
    public static final String BEDTIME_RATE = "90%";

    private final StringBuilder body = new StringBuilder();

    private Ssml() {
    }

    public static Ssml speech() {
        return new Ssml();
    }

    /** Convenience: one or more sentences, escaped, at the bedtime pace. */
    public static String of(String... sentences) {
        Ssml ssml = speech();
        for (String sentence : sentences) {
            ssml.say(sentence);
        }
        return ssml.build();
    }

    /** Adds plain text (escaped). */
    public Ssml say(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        separate();
        body.append(escape(text.strip()));
        return this;
    }

    /** A pause of whole seconds, split into breaks of at most {@value #MAX_BREAK_SECONDS} s. */
    public Ssml pause(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("pause must not be negative: " + seconds);
        }
        int left = seconds;
        while (left > 0) {
            int chunk = Math.min(left, MAX_BREAK_SECONDS);
            separate();
            body.append("<break time=\"").append(chunk).append("s\"/>");
            left -= chunk;
        }
        return this;
    }

    /** A short breath between ideas, under a second. */
    public Ssml breath() {
        separate();
        body.append("<break time=\"700ms\"/>");
        return this;
    }

    /** Appends another builder's content (already escaped). */
    public Ssml then(Ssml other) {
        if (other.body.length() > 0) {
            separate();
            body.append(other.body);
        }
        return this;
    }

    /** Appends a response already built by {@link #build()}, e.g. to say the last question again. */
    public Ssml thenSsml(String built) {
        String inner = built.strip();
        String open = "<speak><prosody rate=\"" + BEDTIME_RATE + "\">";
        String close = "</prosody></speak>";
        if (inner.startsWith(open) && inner.endsWith(close)) {
            inner = inner.substring(open.length(), inner.length() - close.length());
        } else if (inner.startsWith("<speak>") && inner.endsWith("</speak>")) {
            inner = inner.substring("<speak>".length(), inner.length() - "</speak>".length());
        } else {
            inner = escape(inner); // plain text
        }
        if (!inner.isBlank()) {
            separate();
            body.append(inner.strip());
        }
        return this;
    }

    public boolean isEmpty() {
        return body.length() == 0;
    }

    /** The full SSML document, {@code <speak>} included. */
    public String build() {
        return "<speak><prosody rate=\"" + BEDTIME_RATE + "\">" + body + "</prosody></speak>";
    }

    @Override
    public String toString() {
        return build();
    }

    private void separate() {
        if (body.length() > 0 && body.charAt(body.length() - 1) != ' ') {
            body.append(' ');
        }
    }

    /** XML-escapes text so user- or data-derived words can never break the SSML. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
