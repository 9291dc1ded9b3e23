package com.bedtimelegs.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.triage.EmergencyNumber;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** README "How to add a locale" is the checklist; every published locale has done every step. */
class LocaleChecklistTest {
    private static final Pattern PATH = Pattern.compile("`((?:src|skill-package)/[^`]*<locale_?>[^`]*)`");

    static String section() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## How to add a locale");
        assertTrue(start >= 0, "README has a 'How to add a locale' section");
        int end = readme.indexOf("\n## ", start + 1);
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }

    @Test
    void everyLocaleHasEveryFileTheReadmeNames() throws IOException {
        String section = section();
        List<String> templates = new ArrayList<>();
        Matcher m = PATH.matcher(section);
        while (m.find()) {
            templates.add(m.group(1));
        }
        assertTrue(templates.size() >= 4, "the checklist names the per-locale files: " + templates);
        List<String> missing = new ArrayList<>();
        for (String locale : Locales.ALL) {
            for (String template : templates) {
                if (template.contains("transcripts/")) {
                    continue; // checked below: any transcript in the locale counts
                }
                String path = template.replace("<locale_>", locale.replace('-', '_')).replace("<locale>", locale);
                boolean optionalBase = locale.equals("en-US") && template.contains("Speech_<locale_>");
                if (!optionalBase && !Files.exists(Path.of(path))) {
                    missing.add(locale + ": " + path);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyLocaleIsPublishedHasANumberAndATranscript() throws IOException {
        JsonNode published = Json.MAPPER.readTree(Path.of("skill-package/skill.json").toFile())
                .path("manifest").path("publishingInformation").path("locales");
        List<String> transcripts;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/transcripts"))) {
            transcripts = files.filter(Files::isRegularFile).map(LocaleChecklistTest::read).toList();
        }
        List<String> missing = new ArrayList<>();
        for (String locale : Locales.ALL) {
            if (!published.has(locale)) {
                missing.add(locale + ": skill.json publishingInformation");
            }
            if (EmergencyNumber.forLocale(locale).digits().isEmpty()) {
                missing.add(locale + ": EmergencyNumber");
            }
            boolean hasTranscript = locale.equals("en-US")
                    || transcripts.stream().anyMatch(t -> t.contains("# locale: " + locale));
            if (!hasTranscript) {
                missing.add(locale + ": a transcript with '# locale: " + locale + "'");
            }
        }
        List<String> extra = new ArrayList<>();
        published.fieldNames().forEachRemaining(name -> {
            if (!Locales.ALL.contains(name)) {
                extra.add(name);
            }
        });
        assertEquals(List.of(), missing);
        assertEquals(List.of(), extra, "skill.json publishes locales that Locales.ALL doesn't list");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
