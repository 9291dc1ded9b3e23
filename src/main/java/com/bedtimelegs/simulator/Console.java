package com.bedtimelegs.simulator;

import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.bedtimelegs.content.Locales;
import com.bedtimelegs.persistence.DynamoDbStore;
import com.bedtimelegs.persistence.FileStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The simulator's command line ({@code mvn -q compile exec:java}): reads the options, builds a
 * {@link Simulator} for them, and runs a transcript, a replay file, a raw envelope, or the
 * interactive {@code >} prompt, printing each turn as a person would read it.
 */
public final class Console {
    /** The table the simulator uses on a --dynamodb endpoint, created there when missing. */
    public static final String LOCAL_TABLE = "BedtimeLegsMemory";

    private Console() {
    }

    /** What the command line asked for. */
    record Options(String script, String raw, String replay, String record, boolean json, boolean verbose,
                   boolean screen, boolean grant, boolean voicePermission, String timeZone, String locale,
                   String memory, String dynamodb, String table, String evaluate) {

        /** Parses the arguments; null after printing usage for --help; exits on an unknown option or a missing value. */
        static Options parse(String[] args) {
            String script = null;
            String raw = null;
            String replay = null;
            String record = null;
            boolean json = false;
            boolean verbose = false;
            boolean screen = false;
            boolean grant = false;
            boolean voicePermission = true;
            String timeZone = null;
            String locale = null;
            String memory = null;
            String dynamodb = null;
            String table = LOCAL_TABLE;
            String evaluate = null;
            for (Iterator<String> it = List.of(args).iterator(); it.hasNext(); ) {
                String arg = it.next();
                switch (arg) {
                    case "--script" -> script = next(it, arg);
                    case "--raw" -> raw = next(it, arg);
                    case "--replay" -> replay = next(it, arg);
                    case "--record" -> record = next(it, arg);
                    case "--locale" -> locale = next(it, arg);
                    case "--evaluate" -> evaluate = next(it, arg);
                    case "--memory" -> memory = next(it, arg);
                    case "--dynamodb" -> dynamodb = next(it, arg);
                    case "--table" -> table = next(it, arg);
                    case "--json" -> json = true;
                    case "--verbose" -> verbose = true;
                    case "--screen" -> screen = true;
                    case "--grant-reminders" -> grant = true;
                    case "--no-voice-permission" -> voicePermission = false;
                    case "--timezone" -> timeZone = next(it, arg);
                    case "--help", "-h" -> {
                        usage(System.out);
                        return null;
                    }
                    default -> {
                        System.err.println("Unknown option: " + arg);
                        usage(System.err);
                        System.exit(2);
                    }
                }
            }
            return new Options(script, raw, replay, record, json, verbose, screen, grant, voicePermission, timeZone,
                    locale, memory, dynamodb, table, evaluate);
        }
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        if (options == null) {
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Transcript transcript = options.script() == null ? null : Transcript.parse(Path.of(options.script()));
        ReplayFile replayFile = options.replay() == null ? null : Replay.readOrExit(Path.of(options.replay()), System.err);
        String locale = options.locale();
        if (locale == null && options.evaluate() != null) {
            locale = NluEvaluation.localeOf(Path.of(options.evaluate()));
        }
        if (locale == null) {
            locale = transcript != null ? transcript.locale() : replayFile != null ? replayFile.locale() : "en-US";
        }
        if (!Locales.ALL.contains(locale)) {
            System.err.println("Unknown locale " + locale + "; use one of " + Locales.ALL);
            System.exit(2);
        }
        if (options.evaluate() != null) {
            NluEvaluation.Report report = NluEvaluation.run(InteractionModel.forLocale(locale), locale,
                    NluEvaluation.load(Path.of(options.evaluate())));
            report.print(out);
            System.exit(report.passes() ? 0 : 1);
        }
        Simulator simulator = simulator(options, locale, out);
        if (options.raw() != null) {
            out.println(simulator.sendRaw(Files.readAllBytes(Path.of(options.raw()))));
        } else if (replayFile != null) {
            exitOnFailure(Replay.runAndReport(Path.of(options.replay()), replayFile, simulator, out));
        } else if (transcript != null) {
            exitOnFailure(runTranscript(transcript, simulator, out));
        } else {
            interactive(simulator, locale, options.record(), out);
        }
    }

    /** The engine with the options' device, Alexa side, memory and logging. */
    private static Simulator simulator(Options options, String locale, PrintStream out) {
        Consumer<String> skillLog = options.verbose() ? line -> out.println("  log: " + line) : line -> { };
        Simulator simulator = new Simulator(InteractionModel.forLocale(locale), locale, skillLog, store(options))
                .withScreen(options.screen());
        if (!options.voicePermission()) {
            simulator.say("/no-voice-permission"); // the device can't ask by voice, as the prompt's command says
        }
        simulator.alexa().grantReminders(options.grant());
        if (options.timeZone() != null) {
            simulator.alexa().timeZone(options.timeZone().equals("none") ? null : options.timeZone());
        }
        if (options.json()) {
            simulator.onWire(new ConsoleJson(out));
        }
        return simulator;
    }

    /** Where the skill remembers the user: a DynamoDB-compatible endpoint, or a JSON file. */
    private static PersistenceAdapter store(Options options) {
        if (options.dynamodb() == null) {
            return new FileStore(options.memory() != null ? Path.of(options.memory()) : FileStore.defaultFile());
        }
        DynamoDbStore dynamo = DynamoDbStore.forEndpoint(URI.create(options.dynamodb()), options.table());
        try {
            LocalTable.ensure(dynamo.client(), options.table());
        } catch (RuntimeException e) {
            System.err.println("DynamoDB endpoint " + options.dynamodb() + " is not answering ("
                    + e.getClass().getSimpleName() + "); the skill will treat you as a new user.");
        }
        return dynamo;
    }

    private static int runTranscript(Transcript transcript, Simulator simulator, PrintStream out) {
        List<String> failures = transcript.run(simulator, out);
        out.println();
        if (!failures.isEmpty()) {
            out.println(failures.size() + " expectation(s) failed:");
            failures.forEach(f -> out.println("  - " + f));
            return 1;
        }
        out.println("transcript passed: " + transcript.turnCount() + " turns, " + transcript.expectationCount()
                + " expectations");
        return 0;
    }

    private static void exitOnFailure(int status) {
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The > prompt: each line is what the user says; .record and .quit work as in ask dialog. */
    private static void interactive(Simulator simulator, String locale, String record, PrintStream out)
            throws IOException {
        out.println("Bedtime Legs offline simulator (" + locale + "). Type what you'd say to Alexa.");
        out.println("Try: open bedtime legs | ask bedtime legs to help with a cramp in my calf");
        out.println("An empty line is silence; 'exit' ends the session; .record FILE saves a replay file; .quit or Ctrl-D quits.");
        Recorder recorder = new Recorder(record == null ? null : Path.of(record), Simulator.LOCAL_SKILL_ID, locale);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || Recorder.quits(line)) {
                break;
            }
            if (System.console() == null) {
                out.println(line); // piped input: echo it so the output reads as a conversation
            }
            if (recorder.command(line, out) || (line.isBlank() && !simulator.sessionOpen())) {
                continue;
            }
            recorder.heard(line);
            print(simulator.say(line), out);
        }
        simulator.quit();
        out.println();
        recorder.finish(out);
    }

    /** Prints a turn the way a person would read it. */
    public static void print(Turn turn, PrintStream out) {
        if (turn.requestType().equals("Command")) {
            out.println("  (simulator: " + turn.speech() + ")");
            return;
        }
        if (turn.requestType().equals("Reprompt")) {
            out.println("  (silence: Alexa reprompts)");
        } else {
            out.println("  [" + turn.label() + "]");
        }
        if (turn.speech() != null && !turn.speech().isEmpty()) {
            out.println("Alexa: " + turn.speech());
        }
        if (turn.reprompt() != null && !turn.reprompt().isEmpty()) {
            out.println("  reprompt: " + turn.reprompt());
        }
        turn.directives().stream().filter(d -> d.startsWith("Alexa.Presentation."))
                .forEach(d -> out.println("  [screen: " + d + "]"));
        out.println(turn.sessionOpen() ? "  (listening)" : "  (session ended)");
        turn.problems().forEach(p -> out.println("  WARNING: " + p));
    }

    private static String next(Iterator<String> it, String option) {
        if (!it.hasNext()) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return it.next();
    }

    private static void usage(PrintStream out) {
        out.println(String.join(System.lineSeparator(),
                "usage: simulator [--script FILE | --replay FILE | --raw FILE | --evaluate PATH] [--record FILE] [--json] [--verbose] [--screen]",
                "                 [--locale en-US|en-GB|en-CA|en-AU|en-IN] [--grant-reminders] [--no-voice-permission]",
                "                 [--timezone ZONE|none] [--memory FILE | --dynamodb URL [--table NAME]]",
                "  (no options)    interactive: type what you'd say at the > prompt",
                "  --script FILE   run a transcript (> said, < speech contains, = intent, ...) and check it",
                "  --evaluate PATH run an NLU evaluation set (a .tsv file or a folder of them) and print accuracy",
                "                  per intent, a confusion table and each miss with its closest sample; exit 1",
                "                  below the gates (locale from --locale, or the folder's name, e.g. nlu/en-GB)",
                "  --replay FILE   run an ASK CLI dialog replay file (skillId, locale, type text, userInput),",
                "                  as 'ask dialog --replay FILE' would against Alexa; exit 1 on problems, 2 on a bad file",
                "  --record FILE   interactive: when you quit, write what you typed as such a replay file",
                "                  (or type .record FILE [--append-quit] at the prompt, as in ask dialog)",
                "  --raw FILE      send one raw request envelope JSON file through the Lambda entry point",
                "  --locale L      the request locale and its interaction model (default en-US, or a",
                "                  transcript's '# locale:' header, or a replay file's locale)",
                "  --json          also print each request and response as the developer console's Test tab",
                "                  shows them: JSON Input (the envelope) and JSON Output ({\"body\": response})",
                "  --verbose       also print the skill's own (privacy-safe) log lines",
                "  --screen        be a device with a screen (Echo Show): requests list Alexa.Presentation.APL",
                "  --grant-reminders      the user has already granted the reminders permission",
                "  --no-voice-permission  a device that can't ask for permissions by voice (the skill sends a card)",
                "  --timezone ZONE        the device time zone the Settings API reports (default America/New_York;",
                "                         none: the API answers 404)",
                "  At the > prompt: /grant /deny /timezone ZONE /fail 503 /slow 5000 /no-voice-permission /reminders",
                "  change Alexa's side (permission, zone, the next Reminders API answer) or list the reminders it holds.",
                "  --memory FILE   remember the user in this JSON file (default ~/.bedtime-legs/users.json)",
                "  --dynamodb URL  remember the user in a DynamoDB-compatible server instead, e.g.",
                "                  http://127.0.0.1:4567 (dynalite); the table (--table, default " + LOCAL_TABLE + ")",
                "                  is created there when missing"));
    }
}
