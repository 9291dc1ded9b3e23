import com.bedtimelegs.skill.LambdaEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What SnapStart priming buys, as far as it can be seen without Lambda: in a fresh JVM, the time to
 * answer the first real request, with or without the priming conversations run first (SnapStart
 * runs them in its beforeCheckpoint hook, with the memory store in its dry run, so a restored
 * function starts in the primed state). The handler is made exactly as on Lambda (environment).
 * Usage: FirstRequest REQUEST_JSON primed|unprimed. Prints "firstUs=<microseconds>".
 */
public final class FirstRequest {
    public static void main(String[] args) throws Exception {
        byte[] request = Files.readAllBytes(Path.of(args[0]));
        LambdaEntry entry = new LambdaEntry();
        if (args[1].equals("primed")) {
            entry.prime();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        entry.handleRequest(new ByteArrayInputStream(request), out, null);
        long micros = (System.nanoTime() - start) / 1000;
        if (out.size() == 0) {
            throw new IllegalStateException("empty reply");
        }
        System.out.println("firstUs=" + micros);
    }
}
