package com.bedtimelegs.skill;

import com.bedtimelegs.content.Locales;
import com.bedtimelegs.content.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.InteractionModel;
import com.bedtimelegs.simulator.Simulator;
import com.bedtimelegs.simulator.Turn;
import com.bedtimelegs.triage.EmergencyNumber;
import com.bedtimelegs.triage.Outcome;
import com.bedtimelegs.triage.Question;
import com.bedtimelegs.triage.Triage;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * skill.json publishes the skill in every locale that has a model, and in each locale the example
 * phrases work and the urgent red-flag outcomes leave a card to read in the Alexa app next morning.
 */
class SkillManifestTest {
    private static final JsonNode MANIFEST = read().path("manifest");

    private static JsonNode read() {
        try {
            return Json.MAPPER.readTree(Path.of("skill-package", "skill.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> locales() {
        return Locales.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyLocaleIsPublishedWithItsCountryAndPrivacyLinks(String locale) {
        JsonNode info = MANIFEST.path("publishingInformation").path("locales").path(locale);
        for (String field : List.of("name", "summary", "description", "smallIconUri", "largeIconUri")) {
            assertFalse(info.path(field).asText().isBlank(), locale + " " + field);
        }
        assertEquals("Bedtime Legs", info.path("name").asText());
        assertTrue(info.path("summary").asText().length() <= 160, locale + " summary too long");
        assertTrue(info.path("examplePhrases").size() >= 1 && info.path("examplePhrases").size() <= 3, locale);
        assertTrue(info.path("keywords").size() >= 3, locale);
        List<String> countries = new ArrayList<>();
        MANIFEST.path("publishingInformation").path("distributionCountries").forEach(c -> countries.add(c.asText()));
        assertTrue(countries.contains(locale.substring(3)), locale + " country not in " + countries);
        JsonNode privacy = MANIFEST.path("privacyAndCompliance").path("locales").path(locale);
        assertFalse(privacy.path("privacyPolicyUrl").asText().isBlank(), locale + " privacy policy");
        assertEquals(Locales.ALL.size(), MANIFEST.path("publishingInformation").path("locales").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyExamplePhraseWorksInItsLocale(String locale) {
        JsonNode phrases = MANIFEST.path("publishingInformation").path("locales").path(locale).path("examplePhrases");
        for (JsonNode phrase : phrases) {
            String text = phrase.asText();
            assertTrue(text.startsWith("Alexa, "), text);
            Simulator sim = Simulator.forLocale(locale);
            Turn turn = sim.say(text.substring("Alexa, ".length()).toLowerCase(Locale.ROOT));
            assertNotEquals("AMAZON.FallbackIntent", turn.intent(), locale + ": " + text);
            assertEquals(List.of(), turn.problems(), locale + ": " + text);
        }
    }

    @Test
    void theSkillDeclaresAplSoEchoShowSendsTheInterface() {
        List<String> types = new ArrayList<>();
        MANIFEST.path("apis").path("custom").path("interfaces").forEach(i -> types.add(i.path("type").asText()));
        assertEquals(List.of("ALEXA_PRESENTATION_APL"), types);
    }

    /** Alexa's health policy: guidance, not a substitute for a professional, the local emergency number, no big claims. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyDescriptionSaysItIsNoSubstituteForMedicalAdviceAndGivesTheLocalEmergencyNumber(String locale) {
        String description = MANIFEST.path("publishingInformation").path("locales").path(locale).path("description").asText();
        assertTrue(description.contains("It is not a substitute for professional medical advice."), locale);
        String digits = EmergencyNumber.forLocale(locale).digits();
        assertTrue(description.matches("(?s).*In an emergency, call [^.]*" + digits + "[^.]*\\..*"), locale + ": " + description);
        String lower = description.toLowerCase(Locale.ROOT);
        for (String claim : List.of("save", "saving", "life", "lives", "cure", "cures", "prevent", "prevents", "guarantee",
                "treat", "treats", "diagnose")) {
            assertFalse(lower.matches("(?s).*\\b" + claim + "\\b.*"), locale + " claims: " + claim);
        }
    }

    private static final List<String> NUMBER_WORDS =
            List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    /**
     * The certification tester's instructions reach every outcome of the check: the answers they
     * describe are replayed here, and the question counts they quote follow triage/rules.json.
     */
    @Test
    void testingInstructionsTellATesterHowToReachEveryOutcome() {
        String instructions = MANIFEST.path("publishingInformation").path("testingInstructions").asText();
        for (String words : List.of("should I see a doctor", "Emergency", "Medical help today",
                "See a doctor in the next few days", "Self-care for now", "'not sure' counts as yes",
                "'my chest hurts'", "'my leg is red and swollen'", "911", "999", "triple zero", "112")) {
            assertTrue(instructions.contains(words), "testing instructions should mention " + words);
        }
        List<Question> questions = Triage.questions();
        int firstSeeDoctor = 0;
        while (questions.get(firstSeeDoctor).ifYes() != Outcome.SEE_DOCTOR) {
            firstSeeDoctor++;
        }
        assertTrue(instructions.contains("'no' to the first " + NUMBER_WORDS.get(firstSeeDoctor) + " questions"), instructions);
        assertTrue(instructions.contains("questions two to " + NUMBER_WORDS.get(firstSeeDoctor)), instructions);
        assertTrue(instructions.contains("'no' to all " + NUMBER_WORDS.get(questions.size()) + " questions"), instructions);

        assertEquals(Outcome.EMERGENCY, questions.get(0).ifYes());
        for (int i = 1; i < firstSeeDoctor; i++) {
            assertEquals(Outcome.URGENT_SAME_DAY, questions.get(i).ifYes(), questions.get(i).slot());
        }
        assertTrue(checkSays("yes").startsWith("Call nine one one now."));
        assertTrue(checkSays("no,yes").startsWith("Please get medical help today."));
        assertTrue(checkSays("no,".repeat(firstSeeDoctor) + "yes").startsWith("Please book an appointment with your doctor"));
        assertTrue(checkSays("no,".repeat(questions.size() - 1) + "no").startsWith("You said no to each warning sign"));
        Simulator sim = Simulator.forLocale("en-US");
        sim.say("start a bedtime stretch");
        assertTrue(sim.say("my chest hurts").speech().startsWith("Call nine one one now."), "urgent phrase mid-stretch");
        sim = Simulator.forLocale("en-US");
        sim.say("start a bedtime stretch");
        sim.say("in bed");
        assertTrue(sim.say("my leg is red and swollen").speech().startsWith("Please get medical help today."),
                "urgent leg phrase mid-stretch");
    }

    private static String checkSays(String answers) {
        Simulator sim = Simulator.forLocale("en-US");
        Turn turn = sim.say("ask bedtime legs should i see a doctor");
        for (String answer : answers.split(",")) {
            turn = sim.say(answer);
        }
        return turn.speech();
    }

    static Stream<Arguments> urgentOutcomes() {
        return Locales.ALL.stream().flatMap(locale -> Stream.of(
                Arguments.of(locale, "yes"), Arguments.of(locale, "no,yes"), Arguments.of(locale, "no,no,no,yes")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("urgentOutcomes")
    void urgentOutcomesLeaveASimpleCardInEveryLocale(String locale, String answers) {
        List<JsonNode> responses = new ArrayList<>();
        Simulator sim = Simulator.forLocale(locale);
        sim.onResponse(responses::add);
        sim.say("ask bedtime legs should i be worried");
        Turn turn = null;
        for (String answer : answers.split(",")) {
            turn = sim.say(answer);
        }
        assertFalse(turn.sessionOpen());
        JsonNode card = responses.get(responses.size() - 1).path("response").path("card");
        assertEquals("Simple", card.path("type").asText(), locale + " " + answers);
        assertFalse(card.path("title").asText().isBlank());
        String spokenFirst = turn.speech().substring(0, turn.speech().indexOf('.'));
        assertTrue(card.path("content").asText().length() > 40, card.toString());
        if (answers.equals("yes")) {
            String digits = EmergencyNumber.forLocale(locale).digits();
            assertTrue(card.path("title").asText().contains(digits), card.toString());
            assertTrue(spokenFirst.startsWith("Call "), spokenFirst);
        }
    }
}
