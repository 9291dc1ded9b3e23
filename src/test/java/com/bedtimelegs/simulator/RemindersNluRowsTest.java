package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.content.Locales;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reminders evaluation rows (src/test/resources/nlu/<locale>/reminders.tsv): well formed, enough
 * per intent, none copied into the model; and how many the simulator's resolver gets right (printed,
 * not gated: the rows are phrasings the model was not written from).
 */
class RemindersNluRowsTest {
    private static final List<String> INTENTS =
            List.of("SetReminderIntent", "ListRemindersIntent", "CancelReminderIntent", "ChangeReminderIntent");

    static List<String> locales() {
        return Locales.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void rowsAreWellFormedAndUnseen(String locale) throws IOException {
        InteractionModel model = InteractionModel.forLocale(locale);
        UtteranceResolver resolver = new UtteranceResolver(model);
        List<String> samples = new ArrayList<>();
        model.intents().values().forEach(i -> i.samples().forEach(s -> samples.add(UtteranceResolver.normalize(s))));
        Map<String, Integer> perIntent = new TreeMap<>();
        int right = 0;
        int rows = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/nlu", locale, "reminders.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            assertEquals(4, f.length, "state, utterance, intent, slots: " + line);
            assertTrue(List.of("none", "stretch", "paused", "cramp", "check", "tip-offer").contains(f[0]), line);
            assertTrue(INTENTS.contains(f[2]), line);
            assertFalse(samples.contains(UtteranceResolver.normalize(f[1])), "a row copied into the model: " + line);
            Map<String, String> want = new LinkedHashMap<>();
            if (!f[3].equals("-")) {
                for (String pair : f[3].split(";")) {
                    String[] kv = pair.split("=", 2);
                    assertTrue(model.intents().get(f[2]).slot(kv[0]).isPresent(), "no slot " + kv[0] + ": " + line);
                    want.put(kv[0], kv[1]);
                }
            }
            perIntent.merge(f[2], 1, Integer::sum);
            rows++;
            UtteranceResolver.Resolution got = resolver.resolve(f[1]);
            Map<String, String> gotSlots = new LinkedHashMap<>();
            got.slots().forEach((name, heard) -> {
                if (heard.heard() != null) {
                    gotSlots.put(name, heard.heard());
                }
            });
            if (got.intent().equals(f[2]) && gotSlots.equals(want)) {
                right++;
            } else {
                wrong.add(f[1] + " -> " + got.intent() + " " + gotSlots);
            }
        }
        int least = locale.equals("en-US") ? 15 : 5;
        for (String intent : INTENTS) {
            assertTrue(perIntent.getOrDefault(intent, 0) >= least, locale + " " + intent + ": " + perIntent);
        }
        System.out.printf("%s reminders rows: %d of %d understood%n  missed: %s%n", locale, right, rows, wrong);
        // Not gated: the simulator matches whole samples only, so unseen phrasings mostly miss by design;
        // issue 13 (nlu) owns the resolver's realism and the accuracy gate over all evaluation sets.
        assertTrue(rows >= least * INTENTS.size());
    }
}
