package com.bedtimelegs.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conversation written down, runnable as a test. One line each:
 * <pre>
 *   # comment
 *   # locale: en-GB            (a header line: run the conversation in this locale; en-US when absent)
 *   &gt; words the user says      (a bare "&gt;" is silence)
 *   = IntentName slot=ID       the request the words became (or LaunchRequest, SessionEndedRequest)
 *   &lt; words                    the skill's speech contains these words (case and spacing ignored)
 *   ! words                    the speech does not contain these words
 *   ? words                    the reprompt contains these words
 *   $ open | closed            the session is open (listening) or closed after the turn
 * </pre>
 * Every turn is also checked against Alexa's limits (SSML, break length, size, reprompts).
 */
public final class Transcript {
    private record Expectation(char kind, String text, int line) {
    }

    private record Step(String said, int line, List<Expectation> expectations) {
    }

    private static final Pattern LOCALE_HEADER =
            Pattern.compile("#\\s*locale:\\s*([a-z]{2}-[A-Z]{2})\\s*");

    private final String name;
    private final List<Step> steps;
    private final String locale;

    private Transcript(String name, List<Step> steps, String locale) {
        this.name = name;
        this.steps = steps;
        this.locale = locale;
    }

    public static Transcript parse(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static Transcript parse(String name, List<String> lines) {
        List<Step> steps = new ArrayList<>();
        String locale = "en-US";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher header = LOCALE_HEADER.matcher(line);
            if (header.matches()) {
                if (!steps.isEmpty()) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": '# locale:' must come before the first '>' line");
                }
                locale = header.group(1);
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            char kind = line.charAt(0);
            String text = line.substring(1).strip();
            if (kind == '>') {
                steps.add(new Step(text, i + 1, new ArrayList<>()));
            } else if ("=<!?$".indexOf(kind) >= 0) {
                if (steps.isEmpty()) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": expectation before any '>' line");
                }
                steps.get(steps.size() - 1).expectations().add(new Expectation(kind, text, i + 1));
            } else {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": unknown line kind '" + kind
                        + "' (use > = < ! ? $ or #)");
            }
        }
        return new Transcript(name, steps, locale);
    }

    /** The locale the conversation is held in ("en-US" unless a "# locale:" header says otherwise). */
    public String locale() {
        return locale;
    }

    public int turnCount() {
        return steps.size();
    }

    public int expectationCount() {
        return steps.stream().mapToInt(s -> s.expectations().size()).sum();
    }

    /** What the user says, turn by turn ("" for silence). */
    public List<String> said() {
        return steps.stream().map(Step::said).toList();
    }

    /**
     * Checks turns produced elsewhere (a replay file run through the simulator) against this
     * transcript, turn for turn; returns the failed expectations (empty when all held).
     */
    public List<String> check(List<Turn> turns) {
        List<String> failures = new ArrayList<>();
        if (turns.size() != steps.size()) {
            failures.add(name + ": " + turns.size() + " turns, but the transcript has " + steps.size());
        }
        for (int i = 0; i < Math.min(turns.size(), steps.size()); i++) {
            Step step = steps.get(i);
            Turn turn = turns.get(i);
            if (!turn.said().strip().equals(step.said())) {
                failures.add(name + ":" + step.line() + ": said \"" + turn.said() + "\", the transcript says \"" + step.said() + "\"");
            }
            turn.problems().forEach(problem -> failures.add(name + ":" + step.line() + ": " + problem));
            for (Expectation e : step.expectations()) {
                String failure = check(e, turn);
                if (failure != null) {
                    failures.add(name + ":" + e.line() + ": " + failure);
                }
            }
        }
        return failures;
    }

    /** Runs every turn, printing it; returns the failed expectations (empty when all held). */
    public List<String> run(Simulator simulator, PrintStream out) {
        List<String> failures = new ArrayList<>();
        for (Step step : steps) {
            out.println("> " + step.said());
            Turn turn = simulator.say(step.said());
            Console.print(turn, out);
            for (String problem : turn.problems()) {
                failures.add(name + ":" + step.line() + ": " + problem);
            }
            for (Expectation e : step.expectations()) {
                String failure = check(e, turn);
                if (failure != null) {
                    failures.add(name + ":" + e.line() + ": " + failure);
                }
            }
        }
        return failures;
    }

    private static String check(Expectation e, Turn turn) {
        return switch (e.kind()) {
            case '=' -> {
                String want = e.text();
                String got = turn.label();
                yield got.equals(want) || (!want.contains(" ") && want.equals(turn.intent() != null ? turn.intent() : turn.requestType()))
                        ? null : "expected request [" + want + "] but got [" + got + "]";
            }
            case '<' -> contains(turn.speech(), e.text()) ? null
                    : "speech should contain \"" + e.text() + "\" but was: " + turn.speech();
            case '!' -> !contains(turn.speech(), e.text()) ? null
                    : "speech should not contain \"" + e.text() + "\" but was: " + turn.speech();
            case '?' -> contains(turn.reprompt(), e.text()) ? null
                    : "reprompt should contain \"" + e.text() + "\" but was: " + turn.reprompt();
            case '$' -> {
                boolean wantOpen = switch (e.text().toLowerCase(Locale.ROOT)) {
                    case "open" -> true;
                    case "closed" -> false;
                    default -> throw new IllegalArgumentException("line " + e.line() + ": '$' takes open or closed");
                };
                yield wantOpen == turn.sessionOpen() ? null
                        : "session should be " + e.text() + " but is " + (turn.sessionOpen() ? "open" : "closed");
            }
            default -> "unknown expectation " + e.kind();
        };
    }

    private static boolean contains(String haystack, String needle) {
        return squash(haystack).contains(squash(needle));
    }

    private static String squash(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }
}
