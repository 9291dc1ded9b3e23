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
    public static final java.util.Set<String> ELEMENTS = java.util.Set.of("speak", "prosody", "break", "amazon:effect");
    /** Calm bedtime pace; Alexa accepts a percentage of the normal rate. */
    public static final String BEDTIME_RATE = "90%";
    /** The quiet bedtime voice the user can ask for: Alexa's whisper, a little slower still. */
    public static final String QUIET_RATE = "85%";
    private static final String OPEN = "<speak><prosody rate=\"" + BEDTIME_RATE + "\">";
    private static final String CLOSE = "</prosody></speak>";
    private static final String QUIET_OPEN = "<speak><amazon:effect name=\"whispered\"><prosody rate=\"" + QUIET_RATE + "\">";
    private static final String QUIET_CLOSE = "</prosody></amazon:effect></speak>";

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
        String inner = inner(built);
        if (!inner.isBlank()) {
            separate();
            body.append(inner.strip());
        }
        return this;
    }

    /** A built response said in the quiet voice (whispered, slower); already quiet speech is unchanged. */
    public static String quiet(String built) {
        return QUIET_OPEN + inner(built) + QUIET_CLOSE;
    }

    /** The body of a built response (normal or quiet voice), or plain text escaped. */
    private static String inner(String built) {
        String text = built.strip();
        if (text.startsWith(OPEN) && text.endsWith(CLOSE)) {
            return text.substring(OPEN.length(), text.length() - CLOSE.length()).strip();
        }
        if (text.startsWith(QUIET_OPEN) && text.endsWith(QUIET_CLOSE)) {
            return text.substring(QUIET_OPEN.length(), text.length() - QUIET_CLOSE.length()).strip();
        }
        if (text.startsWith("<speak>") && text.endsWith("</speak>")) {
            return text.substring("<speak>".length(), text.length() - "</speak>".length()).strip();
        }
        return escape(text); // plain text
    }

    public boolean isEmpty() {
        return body.length() == 0;
    }

    /** The full SSML document, {@code <speak>} included. */
    public String build() {
        return OPEN + body + CLOSE;
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
