package jmh;

import com.bedtimelegs.simulator.Simulator;
import com.bedtimelegs.skill.BedtimeLegsSkill;
import com.bedtimelegs.skill.GuardedSkill;
import com.bedtimelegs.skill.LambdaEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm request handling through the same Lambda entry point, one request type per parameter.
 * The envelopes are captured from simulator conversations, so each carries the real session
 * state of its moment (mid-routine, mid-check). Sample mode gives p50/p99 as well as the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WarmHandlingBenchmark {
    /** Each conversation's last request is the one measured. */
    static final Map<String, List<String>> CONVERSATIONS = Map.of(
            "launch", List.of("open bedtime legs"),
            "stretch-step", List.of("open bedtime legs", "start a quick bedtime stretch", "next"),
            "cramp-answer", List.of("ask bedtime legs to help with a cramp in my calf"),
            "triage-turn", List.of("ask bedtime legs if i should see a doctor", "no"));

    @Param({"launch", "stretch-step", "cramp-answer", "triage-turn"})
    public String request;

    private LambdaEntry entry;
    private byte[] body;

    @Setup
    public void setUp() {
        entry = new LambdaEntry(new GuardedSkill(
                BedtimeLegsSkill.create(Simulator.LOCAL_SKILL_ID, line -> { }), Simulator.LOCAL_SKILL_ID));
        body = lastRequest(CONVERSATIONS.get(request));
    }

    @Benchmark
    public int handle() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        entry.handleRequest(new ByteArrayInputStream(body), out, null);
        if (out.size() == 0) {
            throw new IllegalStateException("empty reply");
        }
        return out.size();
    }

    static byte[] lastRequest(List<String> lines) {
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
