import com.bedtimelegs.skill.LambdaEntry;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A model of SnapStart's cold start, as far as it can be seen without Lambda: SnapStart runs a
 * function's init (the handler's constructor) and its beforeCheckpoint hook before it snapshots a
 * published version, so a user's cold start is the restore plus the first request handled in that
 * state. Here, in a fresh JVM: make the handler exactly as on Lambda (environment), optionally run the
 * priming hook (the priming conversations, the memory store in its dry run), then time the first real
 * request alone. The baseline is {@link HelloFirstRequest}.
 * Usage: FirstRequest REQUEST_JSON primed|unprimed. Prints "firstUs=<microseconds>".
 */
public final class FirstRequest {
    public static void main(String[] args) throws Exception {
        byte[] request = Files.readAllBytes(Path.of(args[0]));
        LambdaEntry entry = new LambdaEntry();
        if (args[1].equals("primed")) {
            entry.prime();
        }
        String reply = FirstRequestTimer.time(entry, request);
        if (!reply.contains("amazon:effect name=\\\"whispered\\\"")) {
            throw new IllegalStateException("the launch's one read did not come back (no quiet voice): " + reply);
        }
    }
}
