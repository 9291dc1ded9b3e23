package com.bedtimelegs.simulator;

import com.bedtimelegs.content.Locales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.triage.EmergencyNumber;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The most urgent thing a person says always wins: every urgent phrase class, said at every
 * moment of a conversation, in every locale, gets the right urgency and the locale's number or
 * place, ends whatever was going on, leaves a card, and never suggests stretching, rubbing,
 * massage or heat.
 */
class UrgentSignMatrixTest {
    enum Urgency { EMERGENCY, TODAY }

    /** A class of urgent phrase: how it may be said (not only the model's own words), and how urgent it is. */
    record PhraseClass(String name, Urgency urgency, List<String> phrases) {
    }

    static final List<PhraseClass> CLASSES = List.of(
            new PhraseClass("chest pain", Urgency.EMERGENCY, List.of("my chest hurts", "i have a pain in my chest", "i've got chest pains")),
            new PhraseClass("breathlessness", Urgency.EMERGENCY, List.of("i can't breathe properly", "i'm struggling to breathe", "i'm suddenly short of breath", "i'm not able to breathe", "i'm out of breath just lying here")),
            new PhraseClass("coughing blood", Urgency.EMERGENCY, List.of("i'm coughing up blood", "i coughed up blood")),
            new PhraseClass("fainting", Urgency.EMERGENCY, List.of("i fainted", "i feel faint", "i passed out")),
            new PhraseClass("red leg", Urgency.TODAY, List.of("my leg is red", "my calf has gone red and sore")),
            new PhraseClass("warm leg", Urgency.TODAY, List.of("my leg is hot", "my calf feels warm to the touch", "my leg is red and warm")),
            new PhraseClass("swollen leg", Urgency.TODAY, List.of("one leg is swollen", "my calf is swollen and hot", "my leg is puffy")),
            new PhraseClass("tender leg", Urgency.TODAY, List.of("my calf is tender to the touch", "my leg hurts when i touch it", "my leg hurts when i press on it")),
            new PhraseClass("worse when the foot is flexed", Urgency.TODAY, List.of("it hurts more when i pull my toes up", "my calf hurts more when i flex my foot")),
            new PhraseClass("long cramp", Urgency.TODAY, List.of("it's been going on for more than ten minutes", "this cramp has lasted ages", "it's getting worse")));

    /**
     * A moment in a conversation: the turns that lead there (none for a one-shot), and words the
     * last of them must say, to prove the moment was really reached.
     */
    record Moment(String name, List<String> turns, String proof) {
    }

    static final List<Moment> MOMENTS = List.of(
            new Moment("one-shot", List.of(), ""),
            new Moment("launch", List.of("open bedtime legs"), "What would you like?"),
            new Moment("mid-stretch", List.of("open bedtime legs", "start a bedtime stretch", "quick", "ready"), "Say next when you're ready."),
            new Moment("paused", List.of("open bedtime legs", "start a bedtime stretch", "in bed", "pause"), "Say resume when you're ready."),
            new Moment("mid-cramp", List.of("open bedtime legs", "i have a cramp in my calf"), "Is it easing?"),
            new Moment("mid-check", List.of("open bedtime legs", "should i see a doctor", "no"), "Is one leg swollen"),
            new Moment("after a tip", List.of("open bedtime legs", "give me a tip"), "another tip?"));

    private static final Pattern FORBIDDEN = Pattern.compile("\\b(stretch\\w*|rub\\w*|massag\\w*|heat\\w*)\\b");

    @Test
    void everyUrgentPhraseAtEveryMomentInEveryLocaleGetsTheRightUrgency() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String locale : Locales.ALL) {
            // One simulator per locale: every moment begins with a launch or a one-shot, which opens a new session.
            Simulator sim = new Simulator(InteractionModel.forLocale(locale), locale, line -> { });
            AtomicReference<JsonNode> last = new AtomicReference<>();
            sim.onResponse(last::set);
            EmergencyNumber number = EmergencyNumber.forLocale(locale);
            Speech words = Speech.of(locale);
            String callFirst = words.text("advice.call", number.spoken());
            String today = words.text("advice.today");
            String place = words.text("advice.todayWhere.spoken");
            for (PhraseClass phraseClass : CLASSES) {
                // Every phrasing in en-US; the first of each class elsewhere (the words are shared, the numbers and places differ).
                for (String phrase : locale.equals("en-US") ? phraseClass.phrases() : phraseClass.phrases().subList(0, 1)) {
                    for (Moment moment : MOMENTS) {
                        if (sim.sessionOpen()) {
                            sim.say("exit");
                        }
                        Turn before = null;
                        for (String setup : moment.turns()) {
                            before = sim.say(setup);
                        }
                        if (before != null && !(before.sessionOpen() && before.speech().contains(moment.proof()))) {
                            failures.add(locale + ": the moment '" + moment.name() + "' was not reached: " + before.speech());
                        }
                        String said = moment.turns().isEmpty() ? "ask bedtime legs " + phrase : phrase;
                        Turn turn = sim.say(said);
                        String where = locale + " / " + moment.name() + " / " + phraseClass.name() + " / \"" + phrase
                                + "\" -> " + turn.label() + ": " + turn.speech();
                        checked++;
                        String speech = turn.speech();
                        if (phraseClass.urgency() == Urgency.EMERGENCY && !speech.startsWith(callFirst)) {
                            failures.add("should call " + number.spoken() + " first: " + where);
                        }
                        if (phraseClass.urgency() == Urgency.TODAY
                                && !(speech.startsWith(today) && speech.contains(place))) {
                            failures.add("should say get help today, and where: " + where);
                        }
                        if (FORBIDDEN.matcher(speech.toLowerCase(Locale.ROOT)).find()) {
                            failures.add("suggests stretching, rubbing, massage or heat: " + where);
                        }
                        if (turn.sessionOpen()) {
                            failures.add("should end the session: " + where);
                        }
                        JsonNode card = last.get() == null ? null : last.get().path("response").path("card");
                        if (card == null || !"Simple".equals(card.path("type").asText())) {
                            failures.add("should leave a card: " + where);
                        }
                        if (!turn.problems().isEmpty()) {
                            failures.add(turn.problems() + ": " + where);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + checked + " failed");
        assertTrue(checked >= CLASSES.size() * MOMENTS.size() * Locales.ALL.size(), "the matrix ran " + checked + " cases");
    }

    @Test
    void aSignAlexaCannotMatchStartsTheCheckWithTheChestQuestionRatherThanGuessing() {
        Simulator sim = Simulator.create();
        sim.say("open bedtime legs");
        Turn turn = sim.say("my leg is weird looking"); // free text over three words is no slot value (issue 13)
        assertEquals("LegWarningSignIntent", turn.intent(), turn.label());
        assertTrue(turn.speech().contains("do you have chest pain"), turn.speech());
        assertTrue(turn.sessionOpen());
        assertFalse(FORBIDDEN.matcher(turn.speech().toLowerCase(Locale.ROOT)).find(), turn.speech());
    }
}
