import com.bedtimelegs.simulator.Simulator;
import com.bedtimelegs.skill.BedtimeLegsSkill;
import com.bedtimelegs.skill.GuardedSkill;
import com.bedtimelegs.skill.LambdaEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm request handling, timed one request at a time after a warm-up, through the same Lambda
 * entry point. The request envelopes are captured from simulator conversations, so each carries
 * the real session state of its moment (mid-routine, mid-check).
 * Prints one line per request: name ops/s p50 p99 p999 (microseconds).
 */
public final class WarmLatency {
    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Map<String, byte[]> requests = capture();
        LambdaEntry entry = new LambdaEntry(new GuardedSkill(
                BedtimeLegsSkill.create(Simulator.LOCAL_SKILL_ID, line -> { }), Simulator.LOCAL_SKILL_ID));
        for (Map.Entry<String, byte[]> request : requests.entrySet()) {
            byte[] body = request.getValue();
            for (int i = 0; i < warmup; i++) {
                handle(entry, body);
            }
            long[] nanos = new long[measured];
            long start = System.nanoTime();
            for (int i = 0; i < measured; i++) {
                long t0 = System.nanoTime();
                handle(entry, body);
                nanos[i] = System.nanoTime() - t0;
            }
            long total = System.nanoTime() - start;
            Arrays.sort(nanos);
            System.out.printf("warm %s ops/s=%.0f p50us=%.1f p99us=%.1f p999us=%.1f%n", request.getKey(),
                    measured * 1e9 / total, nanos[measured / 2] / 1e3, nanos[(int) (measured * 0.99)] / 1e3,
                    nanos[(int) (measured * 0.999)] / 1e3);
        }
    }

    private static int handle(LambdaEntry entry, byte[] body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        entry.handleRequest(new ByteArrayInputStream(body), out, null);
        if (out.size() == 0) {
            throw new IllegalStateException("empty reply");
        }
        return out.size();
    }

    /** The last request envelope sent for each conversation's final line. */
    static Map<String, byte[]> capture() {
        Map<String, byte[]> requests = new LinkedHashMap<>();
        requests.put("launch", last(List.of("open bedtime legs")));
        requests.put("stretch-step", last(List.of("open bedtime legs", "start a bedtime stretch", "next")));
        requests.put("cramp-answer", last(List.of("ask bedtime legs to help with a cramp in my calf")));
        requests.put("triage-turn", last(List.of("ask bedtime legs if i should see a doctor", "no")));
        return requests;
    }

    private static byte[] last(List<String> lines) {
        Simulator simulator = Simulator.create();
        List<String> wire = new ArrayList<>();
        simulator.onWire(wire::add);
        for (String line : lines) {
            wire.clear();
            simulator.say(line);
        }
        String request = wire.stream().filter(l -> l.startsWith("request: ")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no request for " + lines));
        return request.substring("request: ".length()).getBytes(StandardCharsets.UTF_8);
    }
}
