import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints "reply=<bytes> cpuMs=<user+system CPU of this process, all threads> rssKb=<peak resident set>"
 * read from /proc, so no extra tool is needed. CPU time counts the work, not the wait: on a machine
 * shared with other jobs it moves far less than wall time does.
 */
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
        long cpuMs = -1;
        Path stat = Path.of("/proc/self/stat");
        if (Files.exists(stat)) {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // fields[11] and [12] are utime and stime (fields 14 and 15 of proc(5)), in clock ticks (100 a second)
            cpuMs = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        }
        System.out.println("reply=" + replyBytes + " cpuMs=" + cpuMs + " rssKb=" + peakKb);
    }
}
