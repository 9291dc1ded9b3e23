package com.bedtimelegs.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SsmlTest {
    @Test
    void escapesEveryXmlSpecialCharacter() {
        String ssml = Ssml.of("Salt & pepper <b> \"quoted\" it's fine");
        assertEquals(List.of(), SpeechCheck.problems(ssml));
        assertEquals("Salt & pepper <b> \"quoted\" it's fine", SpeechCheck.readable(ssml));
    }

    @Test
    void longPausesAreChainedIntoBreaksOfAtMostTenSeconds() {
        String ssml = Ssml.speech().say("Hold.").pause(25).say("Release.").build();
        assertTrue(ssml.contains("<break time=\"10s\"/> <break time=\"10s\"/> <break time=\"5s\"/>"), ssml);
        assertEquals(25.0, SpeechCheck.pauseSeconds(ssml));
        assertEquals("Hold. [pause 10 s] [pause 10 s] [pause 5 s] Release.", SpeechCheck.readable(ssml));
        assertEquals(List.of(), SpeechCheck.problems(ssml));
    }

    @Test
    void negativePauseIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Ssml.speech().pause(-1));
    }

    @Test
    void thenSsmlEmbedsABuiltResponseWithoutNestingSpeakTags() {
        String question = Ssml.of("Say next when you're ready.");
        String combined = Ssml.speech().say("Sorry.").thenSsml(question).build();
        assertEquals(1, combined.split("<speak>", -1).length - 1);
        assertEquals("Sorry. Say next when you're ready.", SpeechCheck.readable(combined));
    }

    @Test
    void checkFlagsWhatAlexaWouldReject() {
        assertTrue(SpeechCheck.problems("<speak>unclosed").get(0).startsWith("SSML is not well-formed"));
        assertTrue(SpeechCheck.problems("<speak><break time=\"11s\"/></speak>").get(0).contains("over 10 s"));
        assertTrue(SpeechCheck.problems("<speak>" + "a".repeat(8001) + "</speak>").get(0).contains("over 8000"));
        assertEquals("break of 12000ms is over 10 s",
                SpeechCheck.problems("<speak><break time=\"12000ms\"/></speak>").get(0));
    }

    @Test
    void breakTimesAreReadStrictlyNeverAsZero() {
        for (String time : List.of("11S", "1e2s", "5 s", " 5s", "-1s", "+5s", "5sec", "5", "s", "0x5s", "5.s", "")) {
            List<String> problems = SpeechCheck.problems("<speak><break time=\"" + time + "\"/></speak>");
            assertEquals(List.of("break time \"" + time + "\" is not a number of s or ms"), problems, time);
        }
        for (String time : List.of("10.5s", "10001ms", "11s", "999999s")) {
            assertTrue(SpeechCheck.problems("<speak><break time=\"" + time + "\"/></speak>").get(0).contains("over 10 s"), time);
        }
        for (String time : List.of("10s", "10000ms", "0.5s", "700ms", "0s")) {
            assertEquals(List.of(), SpeechCheck.problems("<speak><break time=\"" + time + "\"/></speak>"), time);
        }
        assertEquals(OptionalDouble.of(0.7), SpeechCheck.breakSeconds("700ms"));
        assertEquals(OptionalDouble.empty(), SpeechCheck.breakSeconds("1e2s"));
    }

    @Test
    void onlyElementsOfAlexasSsmlAreAccepted() {
        assertEquals(List.of("<b> is not an SSML element Alexa supports"), SpeechCheck.problems("<speak><b>x</b></speak>"));
        assertEquals(List.of("break strength \"loud\" is not one Alexa knows"),
                SpeechCheck.problems("<speak><break strength=\"loud\"/></speak>"));
        assertEquals(List.of(), SpeechCheck.problems("<speak><amazon:effect name=\"whispered\">x</amazon:effect></speak>"));
        // Alexa knows <say-as>, but the skill never writes it, so stored speech with it is not replayed.
        assertEquals(List.of("<say-as> is not allowed here"),
                SpeechCheck.problems("<speak><say-as interpret-as=\"digits\">12</say-as></speak>", Ssml.ELEMENTS));
        // The quiet voice is the skill's own: whispered speech is replayed.
        assertEquals(List.of(), SpeechCheck.problems(Ssml.quiet(Ssml.speech().say("x").build()), Ssml.ELEMENTS));
        assertEquals(List.of(), SpeechCheck.problems(Ssml.speech().say("x").pause(12).breath().build(), Ssml.ELEMENTS));
    }

    @Test
    void estimatesDurationFromWordsAtBedtimePaceAndBreaks() {
        String ssml = Ssml.speech().say("one two three four five six seven eight nine").pause(10).build();
        double expected = 9 * 60.0 / SpeechCheck.BEDTIME_WORDS_PER_MINUTE + 10;
        assertEquals(expected, SpeechCheck.estimatedSeconds(ssml), 1e-9);
    }
}
