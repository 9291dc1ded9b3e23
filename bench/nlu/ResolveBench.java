import com.bedtimelegs.simulator.InteractionModel;
import com.bedtimelegs.simulator.NluEvaluation;
import com.bedtimelegs.simulator.UtteranceResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long the simulator's resolver takes per utterance with the grown model: every en-US
 * evaluation utterance (positives and negatives) resolved after a warm-up; prints the median and
 * the 90th/99th percentile in milliseconds. Usage: bench/nlu/run (not a timed test).
 */
public final class ResolveBench {
    public static void main(String[] args) {
        String locale = args.length > 0 ? args[0] : "en-US";
        UtteranceResolver resolver = new UtteranceResolver(InteractionModel.forLocale(locale));
        List<String> utterances = new ArrayList<>();
        NluEvaluation.load(Path.of("src", "test", "resources", "nlu", locale)).forEach(r -> utterances.add(r.utterance()));
        for (int round = 0; round < 20; round++) {
            utterances.forEach(resolver::resolve); // warm-up: JIT
        }
        long[] nanos = new long[utterances.size() * 5];
        int n = 0;
        for (int round = 0; round < 5; round++) {
            for (String u : utterances) {
                long t0 = System.nanoTime();
                resolver.resolve(u);
                nanos[n++] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("resolve %s: %d utterances x 5, median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                locale, utterances.size(), nanos[n / 2] / 1e6, nanos[n * 9 / 10] / 1e6, nanos[n * 99 / 100] / 1e6, nanos[n - 1] / 1e6);
    }
}
