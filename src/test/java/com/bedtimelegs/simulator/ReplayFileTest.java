package com.bedtimelegs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayFileTest {
    @TempDir
    Path dir;

    private Path file(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private String error(Path file) {
        ReplayFile.Invalid e = assertThrows(ReplayFile.Invalid.class, () -> ReplayFile.read(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": "), "names the file: " + e.getMessage());
        return e.getMessage().substring(file.toString().length() + 2);
    }

    @Test
    void readsTheAskCliFormat() throws Exception {
        Path path = file("ok.json", """
                {
                  "skillId": "amzn1.ask.skill.12345678-1234-1234-1234-123456789012",
                  "locale": "en-GB",
                  "type": "text",
                  "userInput": ["open bedtime legs", "  help  ", ".quit"]
                }""");
        ReplayFile replay = ReplayFile.read(path);
        assertEquals("amzn1.ask.skill.12345678-1234-1234-1234-123456789012", replay.skillId());
        assertEquals("en-GB", replay.locale());
        assertEquals(List.of("open bedtime legs", "help", ".quit"), replay.userInput());
        assertEquals(List.of("open bedtime legs", "help"), replay.utterances());
    }

    @Test
    void writesWhatItReads() throws Exception {
        ReplayFile replay = ReplayFile.of(Simulator.LOCAL_SKILL_ID, "en-AU", List.of("open bedtime legs", "stop", ".quit"));
        Path path = dir.resolve("sub").resolve("written.json");
        replay.write(path);
        assertEquals(replay, ReplayFile.read(path));
        String text = Files.readString(path);
        assertTrue(text.startsWith("{\n  \"skillId\": \"amzn1.ask.skill."), text);
        assertTrue(text.indexOf("\"locale\"") < text.indexOf("\"type\"") && text.indexOf("\"type\"") < text.indexOf("\"userInput\""), text);
    }

    @Test
    void notJson() throws Exception {
        assertTrue(error(file("broken.json", "{\"skillId\": ")).startsWith("not JSON"));
        assertTrue(error(file("array.json", "[\"open bedtime legs\"]")).startsWith("not a JSON object"));
        assertTrue(error(dir.resolve("missing.json")).startsWith("cannot be read"));
    }

    @Test
    void wrongType() throws Exception {
        assertEquals("type: must be \"text\", not \"voice\"", error(file("voice.json", """
                {"skillId": "amzn1.ask.skill.1", "locale": "en-US", "type": "voice", "userInput": ["help"]}""")));
        assertEquals("type: missing", error(file("notype.json", """
                {"skillId": "amzn1.ask.skill.1", "locale": "en-US", "userInput": ["help"]}""")));
    }

    @Test
    void unknownLocale() throws Exception {
        assertTrue(error(file("fr.json", """
                {"skillId": "amzn1.ask.skill.1", "locale": "fr-FR", "type": "text", "userInput": ["aide"]}"""))
                .startsWith("locale: \"fr-FR\" is not a locale of this skill; use one of en-US"));
    }

    @Test
    void emptyUserInput() throws Exception {
        assertEquals("userInput: is empty; give at least one utterance", error(file("empty.json", """
                {"skillId": "amzn1.ask.skill.1", "locale": "en-US", "type": "text", "userInput": []}""")));
        assertTrue(error(file("blank.json", """
                {"skillId": "amzn1.ask.skill.1", "locale": "en-US", "type": "text", "userInput": ["help", "  "]}"""))
                .startsWith("userInput[1]: must be a non-empty string"));
        assertTrue(error(file("quitonly.json", """
                {"skillId": "amzn1.ask.skill.1", "locale": "en-US", "type": "text", "userInput": [".quit"]}"""))
                .startsWith("userInput: has only \".quit\""));
        assertTrue(error(file("string.json", """
                {"skillId": "amzn1.ask.skill.1", "locale": "en-US", "type": "text", "userInput": "help"}"""))
                .startsWith("userInput: must be a list"));
    }

    @Test
    void skillId() throws Exception {
        assertEquals("skillId: missing", error(file("noid.json", """
                {"locale": "en-US", "type": "text", "userInput": ["help"]}""")));
        assertTrue(error(file("badid.json", """
                {"skillId": "my-skill", "locale": "en-US", "type": "text", "userInput": ["help"]}"""))
                .startsWith("skillId: \"my-skill\" is not a skill id"));
    }
}
