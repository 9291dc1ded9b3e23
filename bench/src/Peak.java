import java.nio.file.Files;
import java.nio.file.Path;

/** Prints "reply=<bytes> rssKb=<peak resident set>" read from /proc, so no extra tool is needed. */
final class Peak {
    private Peak() {
    }

    static void report(int replyBytes) throws Exception {
        long peakKb = -1;
        Path status = Path.of("/proc/self/status");
        if (Files.exists(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    peakKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        }
        System.out.println("reply=" + replyBytes + " rssKb=" + peakKb);
    }
}
