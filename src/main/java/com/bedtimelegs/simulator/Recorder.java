package com.bedtimelegs.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what was typed at the console as an ASK CLI replay file: with {@code --record FILE} when
 * the console closes, or at once with ASK CLI's own {@code .record FILE [--append-quit]} command.
 * Silence has no place in a replay file (ASK CLI rejects empty utterances), so it is left out and
 * counted.
 */
public final class Recorder {
    private static final String RECORD = ".record";

    private final Path target;
    private final String skillId;
    private final String locale;
    private final List<String> said = new ArrayList<>();
    private int silences;

    /** Records for {@code target} (written by {@link #finish}), or only for .record when target is null. */
    public Recorder(Path target, String skillId, String locale) {
        this.target = target;
        this.skillId = skillId;
        this.locale = locale;
    }

    /** True for ASK CLI's ".quit". */
    public static boolean quits(String line) {
        return line.strip().equals(ReplayFile.QUIT);
    }

    /** Handles a line starting with "." (".record FILE [--append-quit]"); false for anything else. */
    public boolean command(String line, PrintStream out) {
        String command = line.strip();
        if (!command.startsWith(".")) {
            return false;
        }
        String[] parts = command.split("\\s+");
        boolean appendQuit = parts.length == 3 && parts[2].equals("--append-quit");
        if (!parts[0].equals(RECORD) || parts.length < 2 || (parts.length == 3 && !appendQuit) || parts.length > 3) {
            out.println("  Use \".record <fileName>\" or \".record <fileName> --append-quit\", or \".quit\".");
            return true;
        }
        write(Path.of(parts[1]), appendQuit, out);
        return true;
    }

    /** One line the user typed and the simulator heard. */
    public void heard(String line) {
        if (line.isBlank()) {
            silences++;
        } else {
            said.add(line.strip());
        }
    }

    /** What has been said so far, as a replay file. */
    public ReplayFile file(boolean appendQuit) {
        List<String> inputs = new ArrayList<>(said);
        if (appendQuit) {
            inputs.add(ReplayFile.QUIT);
        }
        return ReplayFile.of(skillId, locale, inputs);
    }

    /** At the end of the console session: writes the --record file, if one was asked for. */
    public void finish(PrintStream out) {
        if (target != null) {
            write(target, false, out);
        }
    }

    private void write(Path file, boolean appendQuit, PrintStream out) {
        if (said.isEmpty()) {
            out.println("  Nothing said yet, so no replay file written to " + file + ".");
            return;
        }
        try {
            file(appendQuit).write(file);
            out.println("  Created replay file at " + file + " (" + said.size() + " utterances"
                    + (silences > 0 ? "; " + silences + " silent turn(s) left out: replay files cannot hold silence" : "")
                    + "). Replay it: --replay " + file);
        } catch (IOException e) {
            out.println("  Could not write " + file + ": " + e.getMessage());
        }
    }
}
