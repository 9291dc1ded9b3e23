package com.bedtimelegs.speech;

import com.bedtimelegs.content.Locales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sentence the handlers say comes from the speech bundles, and every locale can say every key. */
class SpeechBundleTest {
    private static final Path MAIN = Path.of("src", "main", "java", "com", "bedtimelegs");
    /** A key in code: {@code .text("menu.help")}, or a literal "triage.letsCheck" handed on to be said. */
    private static final Pattern KEY_USE = Pattern.compile("\"((?:menu|fallback|nothing|yesno|error|triage|cramp|stretch|tips|advice|script|urgent|restless|reminder|memory)"
            + "(?:\\.[A-Za-z0-9]+)+)\"|\\.text\\(\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** A string literal with two or more words: a sentence someone would hear. */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TWO_WORDS = Pattern.compile("[A-Za-z']+[ ,]+[A-Za-z']+");
    /**
     * Handler classes whose words still live in the Java source (converted feature by feature).
     * Empty this list as features move into Speech_en.properties.
     */
    static final Set<String> NOT_YET_CONVERTED = Set.of();

    static List<String> locales() {
        return Locales.ALL;
    }

    private static Properties file(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Speech.class.getResourceAsStream("/speech/" + name + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    private static Set<String> keysUsedInSource() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return used;
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBaseBundleAndEveryBaseKeyIsUsed() throws IOException {
        Set<String> base = new TreeSet<>(file("Speech_en").stringPropertyNames());
        Set<String> used = keysUsedInSource();
        assertTrue(used.size() >= 15, "found only " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(base);
        assertEquals(Set.of(), missing, "keys used in code but not in Speech_en.properties");
        Set<String> unused = new TreeSet<>(base);
        unused.removeAll(used);
        unused.removeIf(k -> k.startsWith("spelling.")); // applied by Speech.spelled, not said by key
        assertEquals(Set.of(), unused, "keys in Speech_en.properties that no code says");
        Set<String> prefixes = new TreeSet<>();
        base.stream().filter(k -> !k.startsWith("spelling.")).forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        assertTrue(prefixes.stream().allMatch(p -> KEY_USE.pattern().contains(p + "|") || KEY_USE.pattern().contains(p + ")")),
                "KEY_USE must know every key prefix: " + prefixes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyLocaleSaysEveryKeyAndOverridesOnlyKnownKeysWithTheSamePlaceholders(String locale) throws IOException {
        Properties base = file("Speech_en");
        Speech speech = Speech.of(locale);
        Properties own = file("Speech_" + locale.replace('-', '_'));
        for (String key : own.stringPropertyNames()) {
            assertTrue(base.containsKey(key), locale + " overrides unknown key " + key);
            assertEquals(placeholders(base.getProperty(key)), placeholders(own.getProperty(key)), locale + " " + key);
        }
        for (String key : base.stringPropertyNames()) {
            String text = speech.text(key, "w", "x", "y", "z");
            assertFalse(text.isBlank(), locale + " " + key);
            assertFalse(text.contains("<") || text.contains("{"), locale + " " + key + ": plain text only: " + text);
        }
    }

    @Test
    void cardsUseTheLocalSpellingAndSpeechIsUnchanged() {
        assertEquals("a change in skin colour, discoloured", Speech.of("en-GB").spelled("a change in skin color, discolored"));
        assertEquals("skin colour", Speech.of("en-CA").spelled("skin color"));
        assertEquals("skin color", Speech.of("en-US").spelled("skin color"));
        assertEquals("colorful", Speech.of("en-GB").spelled("colorful"), "whole words only");
    }

    @Test
    void localWordsWhereTheyDiffer() {
        assertTrue(Speech.of("en-GB").text("menu.help").contains("GP"));
        assertTrue(Speech.of("en-AU").text("menu.help").contains("physio"));
        assertFalse(Speech.of("en-US").text("menu.help").contains("GP"));
        assertEquals(Speech.of("en-US").text("menu.goodnight"), Speech.of("en-IN").text("menu.goodnight"));
        assertEquals(Speech.of("en-US").text("menu.help"), Speech.of("fr-FR").text("menu.help"), "unknown: English");
        assertEquals(Speech.of("en-US").text("menu.help"), Speech.of(null).text("menu.help"));
    }

    @Test
    void convertedHandlersHoldNoEnglishSentences() throws IOException {
        List<String> found = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.list(MAIN.resolve("handlers"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                seen.add(name);
                if (NOT_YET_CONVERTED.contains(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*") || line.contains("log.accept(")
                            || line.contains("Exception(")) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        if (TWO_WORDS.matcher(m.group(1)).find()) {
                            found.add(name + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(seen.containsAll(NOT_YET_CONVERTED), "stale names in NOT_YET_CONVERTED");
        assertTrue(seen.size() > NOT_YET_CONVERTED.size() + 5);
        assertEquals(List.of(), found, "move these sentences to speech/Speech_en.properties");
    }

    private static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out.stream().sorted().toList();
    }
}
