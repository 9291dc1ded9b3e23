package com.bedtimelegs.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TipCatalogTest {
    private static final TipCatalog TIPS = TipCatalog.get();

    private static String resourceText() throws IOException {
        try (InputStream in = TipCatalog.class.getResourceAsStream(TipCatalog.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String topicText(String id) {
        return TIPS.topic(id).orElseThrow().tips().stream().map(Tip::text)
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
    }

    @Test
    void everyTopicOfTheSlotTypeHasNonEmptyTips() {
        for (String id : List.of("HYDRATION", "MINERALS", "POSTURE", "MOVEMENT", "SHOES", "ELEVATION", "CAFFEINE", "SLEEP")) {
            TipTopic topic = TIPS.topic(id).orElseThrow(() -> new AssertionError("no topic " + id));
            assertFalse(topic.tips().isEmpty(), id);
            topic.tips().forEach(tip -> assertFalse(tip.text().isBlank(), tip.id()));
        }
        assertEquals(TIPS.all().size(), TIPS.all().stream().map(Tip::id).distinct().count(), "tip ids are unique");
    }

    @Test
    void theFactsAreFaithfulToTheSeed() {
        Map<String, List<String>> facts = Map.of(
                "HYDRATION", List.of("pale yellow", "urine"),
                "MINERALS", List.of("potassium", "banana", "avocado", "sweet potato", "magnesium", "spinach", "nuts",
                        "seeds", "calcium", "dairy", "fortified plant milks"),
                "POSTURE", List.of("lower back", "hips", "change position"),
                "MOVEMENT", List.of("every hour"),
                "SHOES", List.of("arch support", "cushioning", "slippers", "hard floors"),
                "ELEVATION", List.of("ten to fifteen minutes", "above the level of your heart"),
                "CAFFEINE", List.of("coffee", "some teas", "chocolate", "evening", "cutting back"),
                "SLEEP", List.of("cool", "dark", "quiet", "same time", "weekends"));
        facts.forEach((topic, words) -> words.forEach(word ->
                assertTrue(topicText(topic).contains(word), topic + " should mention " + word)));
    }

    /** Issue 12's review: hedged claims, the NHS and Mayo Clinic advice, and no cure from food. */
    @Test
    void theTipsSayNoMoreThanTheSourcesDo() {
        String all = TIPS.all().stream().map(Tip::text).collect(java.util.stream.Collectors.joining(" "))
                .toLowerCase(java.util.Locale.ROOT);
        assertFalse(all.contains("helps prevent"), "stretching may help reduce cramps, it doesn't prevent them");
        assertTrue(topicText("MOVEMENT").contains("may help reduce night cramps"));
        assertTrue(topicText("MINERALS").contains("no food is a proven cure for cramps"));
        assertFalse(all.contains("cherries"), "no claim about foods for tired muscles");
        assertTrue(topicText("SLEEP").contains("loosen the sheets and blankets at the foot of your bed"));
        String pregnancy = TIPS.all().stream().filter(t -> t.id().equals("MOVEMENT_PREGNANCY")).findFirst()
                .orElseThrow().text();
        assertTrue(pregnancy.contains("common") && pregnancy.contains("red, swollen") && pregnancy.contains("same day"),
                pregnancy);
    }

    @Test
    void everyTipNamesItsSourceAndAnUnsourcedTipIsRefused() throws IOException {
        TIPS.all().forEach(tip -> assertTrue(com.bedtimelegs.content.Sources.cites(tip.source()), tip.id()));
        String json = resourceText().replaceFirst("\"source\": \"[^\"]*\"", "\"source\": \"my aunt\"");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TipCatalog.parse(json));
        assertTrue(e.getMessage().contains("tip HYDRATION_COLOUR source must name its source"), e.getMessage());
    }

    @Test
    void aTopicGivesItsFirstUnheardTipAndItsFirstWhenAllAreHeard() {
        List<Tip> sleep = TIPS.topic("SLEEP").orElseThrow().tips();
        assertEquals(sleep.get(0), TIPS.forTopic("SLEEP", List.of()).orElseThrow());
        assertEquals(sleep.get(1), TIPS.forTopic("SLEEP", List.of(sleep.get(0).id())).orElseThrow());
        List<String> all = sleep.stream().map(Tip::id).toList();
        assertEquals(sleep.get(0), TIPS.forTopic("SLEEP", all).orElseThrow(), "asked by name: say it again");
        assertTrue(TIPS.forTopic("UNICORNS", List.of()).isEmpty());
    }

    @Test
    void randomTipsNeverRepeatInASessionAndRunOut() {
        for (long seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            List<String> heard = new ArrayList<>();
            for (int i = 0; i < TIPS.all().size(); i++) {
                Tip tip = TIPS.randomUnheard(heard, random).orElseThrow();
                assertFalse(heard.contains(tip.id()), "seed " + seed + " repeated " + tip.id());
                heard.add(tip.id());
            }
            assertTrue(TIPS.randomUnheard(heard, random).isEmpty(), "every tip heard: none left");
        }
    }

    @Test
    void theSameSeedGivesTheSameTipsAndDifferentSeedsVary() {
        List<String> first = draw(new Random(7));
        assertEquals(first, draw(new Random(7)));
        Set<String> openers = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            openers.add(draw(new Random(seed)).get(0));
        }
        assertTrue(openers.size() > 3, "the first tip should vary: " + openers);
    }

    private static List<String> draw(Random random) {
        List<String> heard = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            heard.add(TIPS.randomUnheard(heard, random).orElseThrow().id());
        }
        return heard;
    }

    @Test
    void theTopicListReadsAsSpeech() {
        String list = TIPS.spokenTopicList();
        assertTrue(list.startsWith("water, "), list);
        assertTrue(list.endsWith(", or sleep"), list);
    }

    @Test
    void brokenDataIsRefused() throws IOException {
        String json = resourceText();
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> TipCatalog.parse(json.replace("\"id\": \"CAFFEINE\"", "\"id\": \"COFFEE\"")));
        assertTrue(missing.getMessage().contains("no tips for topic CAFFEINE"), missing.getMessage());
        assertTrue(missing.getMessage().contains("COFFEE is not a TIP_TOPIC slot id"), missing.getMessage());
        IllegalStateException empty = assertThrows(IllegalStateException.class,
                () -> TipCatalog.parse(json.replaceFirst("\"text\": \"[^\"]*\"", "\"text\": \" \"")));
        assertTrue(empty.getMessage().contains("has no text"), empty.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> TipCatalog.parse(json.replace("\"SLEEP_SCHEDULE\"", "\"SLEEP_ROOM\"")));
        assertTrue(twice.getMessage().contains("used twice"), twice.getMessage());
        assertThrows(IllegalStateException.class, () -> TipCatalog.parse("{\"topics\": [], \"extra\": 1}"));
        assertThrows(IllegalStateException.class, () -> TipCatalog.parse("not json"));
    }
}
