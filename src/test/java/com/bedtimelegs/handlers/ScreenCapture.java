package com.bedtimelegs.handlers;

import com.bedtimelegs.simulator.Simulator;
import com.bedtimelegs.simulator.Transcript;
import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every APL RenderDocument directive the skill sends while a transcript runs through the simulator on
 * a device with a screen, as {source, document, datasources}. Used by the APL lint (AplLintTest) and,
 * through {@link #main}, by tools/preview, so neither works from hand-written datasources.
 */
public final class ScreenCapture {
    static final String RENDER = "Alexa.Presentation.APL.RenderDocument";

    private ScreenCapture() {
    }

    /** One directive and where it came from ("file.txt turn 3: ready"). */
    public record Directive(String source, JsonNode document, JsonNode datasources) {
        ObjectNode toJson() {
            ObjectNode node = Json.MAPPER.createObjectNode();
            node.put("source", source);
            node.set("document", document);
            node.set("datasources", datasources);
            return node;
        }
    }

    /** Runs the transcript on a screen device; fails when the transcript's own expectations fail. */
    public static List<Directive> run(Path file) throws IOException {
        Transcript transcript = Transcript.parse(file);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        Simulator screen = Simulator.forLocale(transcript.locale()).withScreen(true);
        List<Directive> directives = new ArrayList<>();
        int[] turn = {0};
        screen.onResponse(reply -> {
            turn[0]++;
            String said = lastSaid(printed.toString(StandardCharsets.UTF_8));
            for (JsonNode directive : reply.path("response").path("directives")) {
                if (RENDER.equals(directive.path("type").asText())) {
                    directives.add(new Directive(file.getFileName() + " turn " + turn[0] + ": " + said,
                            directive.path("document"), directive.path("datasources")));
                }
            }
        });
        List<String> failures = transcript.run(screen, out);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(file + " failed on a screen device: " + failures);
        }
        return directives;
    }

    private static String lastSaid(String printed) {
        int at = printed.lastIndexOf("\n> ");
        String line = at >= 0 ? printed.substring(at + 1) : printed.startsWith("> ") ? printed : "";
        int end = line.indexOf('\n');
        return (end >= 0 ? line.substring(0, end) : line).replaceFirst("^> ?", "").trim();
    }

    static void write(List<Directive> directives, Path out) throws IOException {
        ArrayNode array = Json.MAPPER.createArrayNode();
        directives.forEach(d -> array.add(d.toJson()));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    }

    /** {@code ScreenCapture TRANSCRIPT OUT.json}: the directives of one screen run, for tools/preview. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ScreenCapture TRANSCRIPT.txt OUT.json");
            System.exit(2);
        }
        List<Directive> directives = run(Path.of(args[0]));
        write(directives, Path.of(args[1]));
        System.out.println(directives.size() + " screens from " + args[0] + " -> " + args[1]);
    }
}
