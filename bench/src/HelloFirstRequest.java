import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline for {@link FirstRequest}: the hello-world skill made as in {@link HelloWorldColdStart},
 * optionally with the simplest SnapStart hook such a skill could have (one launch answered for another
 * user), then the first real request timed alone.
 * Usage: HelloFirstRequest REQUEST_JSON primed|unprimed. Prints "firstUs=<microseconds>".
 */
public final class HelloFirstRequest {
    public static void main(String[] args) throws Exception {
        byte[] request = Files.readAllBytes(Path.of(args[0]));
        HelloWorldColdStart.HelloStreamHandler entry = new HelloWorldColdStart.HelloStreamHandler();
        if (args[1].equals("primed")) {
            String other = new String(request, StandardCharsets.UTF_8).replace("TESTUSER", "PRIMINGUSER");
            entry.handleRequest(new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), null);
        }
        FirstRequestTimer.time(entry, request);
    }
}
