package com.bedtimelegs.simulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an ASK CLI replay file through the simulator, the way {@code ask dialog --replay FILE} sends
 * it to Alexa: each utterance in order, in one dialog that opens a new session whenever the last one
 * ended. It also says when a replay would not work on a real device: an utterance that opens a new
 * session without the invocation name never reaches this skill there.
 */
public final class Replay {
    /** The turns the replay produced, and every problem found (limits, warnings, a missing invocation). */
    public record Result(List<Turn> turns, List<String> problems) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private Replay() {
    }

    /** Plays every utterance through the simulator, printing each turn as the console does. */
    public static Result run(ReplayFile file, Simulator simulator, PrintStream out) {
        List<Turn> turns = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String invocation = UtteranceResolver.normalize(simulator.invocationName());
        List<String> utterances = file.utterances();
        for (int i = 0; i < utterances.size(); i++) {
            String said = utterances.get(i);
            String where = "userInput[" + i + "]";
            if (said.equals(ReplayFile.QUIT)) {
                out.println("> " + said + "   (ASK CLI quits here; the rest is not replayed)");
                break;
            }
            if (said.startsWith(".")) {
                out.println("> " + said + "   (an ASK CLI command, not an utterance: skipped)");
                continue;
            }
            if (!simulator.sessionOpen() && !UtteranceResolver.normalize(said).contains(invocation)) {
                problems.add(where + " \"" + said + "\" opens a new session without \"" + invocation
                        + "\": on a device Alexa would not send it to this skill");
            }
            out.println("> " + said);
            Turn turn = simulator.say(said);
            Console.print(turn, out);
            turns.add(turn);
            turn.problems().forEach(p -> problems.add(where + " \"" + said + "\": " + p));
        }
        return new Result(turns, problems);
    }

    /** For the console: runs the file, prints a summary line; 0 when every turn was clean, else 1. */
    static int runAndReport(Path path, ReplayFile file, Simulator simulator, PrintStream out) {
        out.println("Replaying " + path + " (" + file.locale() + ", " + file.utterances().size() + " utterances)");
        Result result = run(file, simulator, out);
        out.println();
        if (result.passed()) {
            out.println("replay finished: " + result.turns().size() + " turns, no problems");
            return 0;
        }
        out.println(result.problems().size() + " problem(s):");
        result.problems().forEach(p -> out.println("  - " + p));
        return 1;
    }

    /** Reads a replay file for the console, or prints its one-line error and exits with status 2. */
    static ReplayFile readOrExit(Path path, PrintStream err) {
        try {
            return ReplayFile.read(path);
        } catch (ReplayFile.Invalid e) {
            err.println("Bad replay file " + e.getMessage());
            System.exit(2);
            return null;
        }
    }
}
