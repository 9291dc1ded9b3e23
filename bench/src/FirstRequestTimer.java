import com.amazon.ask.SkillStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Times one request through a stream handler; shared by {@link FirstRequest} and {@link HelloFirstRequest}. */
final class FirstRequestTimer {
    private FirstRequestTimer() {
    }

    /** Handles {@code request} once and returns the reply; prints "firstUs=<microseconds>". */
    static String time(SkillStreamHandler handler, byte[] request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(request), out, null);
        long micros = (System.nanoTime() - start) / 1000;
        if (out.size() == 0) {
            throw new IllegalStateException("empty reply");
        }
        System.out.println("firstUs=" + micros);
        return out.toString(StandardCharsets.UTF_8);
    }
}
