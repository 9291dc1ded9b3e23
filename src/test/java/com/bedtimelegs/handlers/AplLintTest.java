package com.bedtimelegs.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Amazon's APL validator (npm apl-suggester, installed by tools/npm-ci before the tests) over every
 * RenderDocument directive the skill sends in every transcript on a screen device. A warning fails
 * the build unless src/test/resources/apl/lint-allow.txt lists it with a reason.
 */
class AplLintTest {
    private static final Path OUT = Path.of("target", "apl-lint");
    private static final Path ALLOW = Path.of("src", "test", "resources", "apl", "lint-allow.txt");
    private static final Path SCRIPT = Path.of("tools", "apl-lint.js");

    private record Run(int exit, String output) {
    }

    private static Run lint(Path directives) throws IOException, InterruptedException {
        if (!Files.isDirectory(Path.of("node_modules", "apl-suggester"))) {
            fail("node_modules/apl-suggester is missing: run tools/npm-ci (mvn runs it before the tests)");
        }
        Process process;
        try {
            process = new ProcessBuilder("node", SCRIPT.toString(), "--allow", ALLOW.toString(), directives.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("The APL lint needs Node.js 18 or newer: install it (Debian: apt-get install nodejs npm)");
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "apl-lint did not finish");
        return new Run(process.exitValue(), output);
    }

    private static List<ScreenCapture.Directive> everyDirective() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("src", "test", "resources", "transcripts"))) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<ScreenCapture.Directive> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(ScreenCapture.run(file));
        }
        return all;
    }

    @Test
    void everyDocumentTheSkillSendsPassesAmazonsAplValidator() throws Exception {
        List<ScreenCapture.Directive> directives = everyDirective();
        assertTrue(directives.size() > 10, "only " + directives.size() + " screens drawn");
        assertTrue(directives.stream().anyMatch(d -> d.datasources().path("view").path("kind").asText().equals("cramp")));
        assertTrue(directives.stream().anyMatch(d -> d.datasources().path("view").path("kind").asText().equals("stretch")));
        Path file = OUT.resolve("directives.json");
        ScreenCapture.write(directives, file);
        Run run = lint(file);
        System.out.println(run.output());
        assertEquals(0, run.exit(), "apl-suggester warnings not in " + ALLOW + ":\n" + run.output());
        assertTrue(run.output().contains(directives.size() + " directives"), run.output());
    }

    /** The lint is not a rubber stamp: a document Amazon's validator objects to fails it. */
    @Test
    void aDocumentWithAMistakeFailsTheLint() throws Exception {
        JsonNode document = Json.MAPPER.valueToTree(Screen.document());
        ObjectNode broken = document.deepCopy();
        ObjectNode text = broken.findParent("fontSize");
        text.put("fontSize", "huge");
        text.put("colour", "#000000");
        ObjectNode container = (ObjectNode) broken.path("mainTemplate").path("items").get(0).path("items").get(0);
        assertEquals("Container", container.path("type").asText());
        container.put("padingTop", "8dp");
        Path file = OUT.resolve("broken.json");
        ScreenCapture.write(List.of(new ScreenCapture.Directive("broken on purpose", broken,
                Json.MAPPER.readTree("{\"view\":{\"kind\":\"cramp\"}}"))), file);
        Run run = lint(file);
        assertNotEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("fontSize"), run.output());
        assertTrue(run.output().contains("colour"), run.output());
        assertTrue(run.output().contains("padingTop"), "the Container inside the Frame is schema-checked: " + run.output());
    }
}
