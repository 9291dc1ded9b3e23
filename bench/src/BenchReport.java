import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs the cold-start harness for our skill and the hello-world baseline in fresh JVMs, interleaved,
 * under each JVM setting (the levers), then the JMH warm-handling benchmark, and prints one table.
 * Our skill runs with its memory wired exactly as on Lambda: MEMORY_TABLE, AWS_REGION and AWS keys in
 * the environment, plus MEMORY_ENDPOINT pointing at dynalite (the build's npm-installed DynamoDB-compatible
 * server), started here on a free loopback port, with a record stored for the launch's user, so every
 * measured launch does its one real read (and shows it: the stored quiet voice is heard).
 * Usage: BenchReport RUNS OURS_CP BASELINE_CP LAUNCH_JSON LAMBDA_JAR JMH_CP
 */
public final class BenchReport {
    static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";

    static final String TABLE = "bench-memory";
    /** The user of src/test/resources/envelopes/launch-local.json. */
    static final String LAUNCH_USER = "amzn1.ask.account.TESTUSER";
    /** Our skill's environment: the skill id and, once dynalite runs, the memory store's settings. */
    static final Map<String, String> oursEnv = new HashMap<>(Map.of("SKILL_ID", SKILL_ID));
    static final Map<String, String> helloEnv = Map.of("SKILL_ID", SKILL_ID);

    record Run(double wallMs, long cpuMs, long rssKb, boolean remembered) {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        String oursCp = args[1];
        String baselineCp = args[2];
        String launch = args[3];
        Path lambdaJar = Path.of(args[4]);
        String jmhCp = args[5];
        Path work = Files.createDirectories(Path.of("target", "bench"));
        try (BenchDynalite dynalite = BenchDynalite.start(work)) {
            dynalite.createTableWithRecord(TABLE, LAUNCH_USER, "{\"v\":1,\"quiet\":true}");
            oursEnv.putAll(Map.of(
                    "MEMORY_TABLE", TABLE,
                    "MEMORY_ENDPOINT", dynalite.endpoint().toString(),
                    "AWS_REGION", "us-east-1",
                    // Lambda puts the function role's keys in the environment; dynalite takes any.
                    "AWS_ACCESS_KEY_ID", "AKIDBENCHBENCHBENCH",
                    "AWS_SECRET_ACCESS_KEY", "bench",
                    "AWS_SESSION_TOKEN", "bench"));
            memoryServer = dynalite;
            report(runs, oursCp, baselineCp, launch, lambdaJar, jmhCp, work, dynalite);
        }
    }

    private static void report(int runs, String oursCp, String baselineCp, String launch, Path lambdaJar, String jmhCp,
                               Path work, BenchDynalite dynalite) throws Exception {

        // Levers: JVM settings applied identically to both programs. A lever with an archive first
        // trains it in one run (the third field: the training flag writing to %s), then runs with it.
        String c1 = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";
        List<String[]> levers = new ArrayList<>();
        levers.add(new String[] {"default JVM", "", null});
        levers.add(new String[] {"C1 only (TieredStopAtLevel=1)", c1, null});
        levers.add(new String[] {"C1 + AppCDS archive", c1 + " -XX:SharedArchiveFile=%s", c1 + " -XX:ArchiveClassesAtExit=%s"});
        if (Runtime.version().feature() >= 25) {
            // JDK 25's ahead-of-time cache (JEP 483 class loading + linking, JEP 514 one-step creation,
            // JEP 515 method profiles): trained the same way, on the same single request.
            // AOTMode=on: fail rather than silently run without the cache.
            levers.add(new String[] {"default + AOT cache (JDK 25)", "-XX:AOTMode=on -XX:AOTCache=%s", "-XX:AOTCacheOutput=%s"});
            levers.add(new String[] {"C1 + AOT cache (JDK 25)", c1 + " -XX:AOTMode=on -XX:AOTCache=%s", c1 + " -XX:AOTCacheOutput=%s"});
        }

        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-32s %12s %12s %8s %12s %12s %9s %9s %9s %9s%n",
                "cold start (median of " + runs + ")", "ours ms", "hello ms", "ratio", "ours RSS MB", "hello RSS MB", "read ok",
                "ours CPU", "hello CPU", "CPU ratio"));
        int archives = 0;
        for (String[] lever : levers) {
            String flags = lever[1];
            String oursFlags = flags;
            String helloFlags = flags;
            if (lever[2] != null) {
                archives++;
                String suffix = lever[2].contains("AOTCacheOutput") ? ".aot" : ".jsa";
                Path oursArchive = work.resolve("ours-" + archives + suffix);
                Path helloArchive = work.resolve("hello-" + archives + suffix);
                Files.deleteIfExists(oursArchive);
                Files.deleteIfExists(helloArchive);
                // Training run writes the archive of the classes this start-up really loads.
                run(oursCp, "ColdStart", launch, String.format(lever[2], oursArchive), oursEnv);
                run(baselineCp, "HelloWorldColdStart", launch, String.format(lever[2], helloArchive), helloEnv);
                oursFlags = String.format(flags, oursArchive);
                helloFlags = String.format(flags, helloArchive);
            }
            // One untimed run each to settle the page cache.
            run(oursCp, "ColdStart", launch, oursFlags, oursEnv);
            run(baselineCp, "HelloWorldColdStart", launch, helloFlags, helloEnv);
            List<Run> ours = new ArrayList<>();
            List<Run> hello = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                ours.add(run(oursCp, "ColdStart", launch, oursFlags, oursEnv));
                hello.add(run(baselineCp, "HelloWorldColdStart", launch, helloFlags, helloEnv));
            }
            double oursMs = median(ours.stream().mapToDouble(Run::wallMs).toArray());
            double helloMs = median(hello.stream().mapToDouble(Run::wallMs).toArray());
            double oursRss = median(ours.stream().mapToDouble(r -> r.rssKb() / 1024.0).toArray());
            double helloRss = median(hello.stream().mapToDouble(r -> r.rssKb() / 1024.0).toArray());
            long remembered = ours.stream().filter(Run::remembered).count();
            double oursCpu = median(ours.stream().mapToDouble(Run::cpuMs).toArray());
            double helloCpu = median(hello.stream().mapToDouble(Run::cpuMs).toArray());
            table.append(String.format(Locale.ROOT, "%-32s %12.0f %12.0f %8.3f %12.1f %12.1f %9s %9.0f %9.0f %9.3f%n",
                    lever[0], oursMs, helloMs, oursMs / helloMs, oursRss, helloRss, remembered + "/" + runs,
                    oursCpu, helloCpu, oursCpu / helloCpu));
        }

        // A model of SnapStart's cold start: init and the beforeCheckpoint hook happen before the snapshot,
        // so what a user waits for is the restore (Lambda's, not measurable here) plus the first request.
        table.append(String.format(Locale.ROOT, "%n%-44s %12s%n", "first request after init (SnapStart model)", "median ms"));
        Map<String, Double> first = new HashMap<>();
        for (String program : List.of("ours", "hello")) {
            for (String mode : List.of("unprimed", "primed")) {
                double[] ms = new double[runs];
                for (int i = 0; i < runs; i++) {
                    Map<String, String> env = program.equals("ours") ? oursEnv : helloEnv;
                    if (program.equals("ours")) {
                        memoryServer.ensureRunning();
                    }
                    String line = exec(List.of(javaBin(), "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-cp",
                            program.equals("ours") ? oursCp : baselineCp,
                            program.equals("ours") ? "FirstRequest" : "HelloFirstRequest", launch, mode), env).stream()
                            .filter(l -> l.startsWith("firstUs=")).findFirst()
                            .orElseThrow(() -> new IllegalStateException("FirstRequest printed no result"));
                    ms[i] = Long.parseLong(line.substring("firstUs=".length())) / 1000.0;
                }
                first.put(program + " " + mode, median(ms));
                String hook = program.equals("ours")
                        ? (mode.equals("primed") ? "priming hook, memory dry run" : "no hook")
                        : (mode.equals("primed") ? "one launch as its hook" : "no hook");
                table.append(String.format(Locale.ROOT, "%-44s %12.1f%n", program + ", C1, " + hook, median(ms)));
            }
        }
        table.append(String.format(Locale.ROOT, "%-44s %12.3f%n", "ratio ours primed / hello (no hook)",
                first.get("ours primed") / first.get("hello unprimed")));
        table.append(String.format(Locale.ROOT, "%-44s %12.3f%n", "ratio ours primed / hello primed",
                first.get("ours primed") / first.get("hello primed")));
        table.append("(ours includes its one real read from dynalite over loopback; hello reads nothing)\n");

        table.append(String.format(Locale.ROOT, "%n%-32s %12s %12s %12s %12s%n",
                "warm handling (JMH sample mode)", "ops/s", "p50 us", "p99 us", "p99.9 us"));
        Path jmhJson = work.resolve("jmh.json");
        List<String> jmh = new ArrayList<>(List.of(javaBin(), "-cp", jmhCp, "org.openjdk.jmh.Main", "WarmHandlingBenchmark",
                "-rf", "json", "-rff", jmhJson.toString()));
        exec(jmh, Map.of());
        for (JsonNode result : Json.MAPPER.readTree(jmhJson.toFile())) {
            JsonNode metric = result.path("primaryMetric");
            double meanUs = metric.path("score").asDouble();
            JsonNode p = metric.path("scorePercentiles");
            table.append(String.format(Locale.ROOT, "%-32s %12.0f %12.1f %12.1f %12.1f%n",
                    result.path("params").path("request").asText(), 1e6 / meanUs,
                    p.path("50.0").asDouble(), p.path("99.0").asDouble(), p.path("99.9").asDouble()));
        }
        table.append(String.format(Locale.ROOT, "%nLambda jar: %s, %.2f MB%n", lambdaJar.getFileName(),
                Files.size(lambdaJar) / 1024.0 / 1024.0));
        table.append("memory: dynalite ").append(dynalite.version()).append(" on ").append(dynalite.endpoint())
                .append(", one record read per launch (read ok: the stored quiet voice was heard); restarted ")
                .append(dynalite.restarts()).append(" times\n");
        table.append("load average at the end: ").append(loadAverage()).append('\n');
        table.append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append('\n');
        System.out.print(table);
        Files.writeString(work.resolve("summary.txt"), table.toString());
    }

    private static String value(String keyValue) {
        return keyValue.substring(keyValue.indexOf('=') + 1);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Set once dynalite runs: our skill's runs check it is still serving first. */
    static BenchDynalite memoryServer;

    private static Run run(String cp, String main, String launch, String flags, Map<String, String> env) throws Exception {
        if (env == oursEnv && memoryServer != null) {
            memoryServer.ensureRunning();
        }
        List<String> command = new ArrayList<>();
        command.add(javaBin());
        if (!flags.isBlank()) {
            command.addAll(Arrays.asList(flags.trim().split("\\s+")));
        }
        if (!flags.contains("-XX:AOTCache")) {
            command.add("-Xshare:auto"); // the AOT cache options refuse any -Xshare setting
        }
        command.addAll(List.of("-cp", cp, main, launch));
        long start = System.nanoTime();
        List<String> out = exec(command, env);
        double wallMs = (System.nanoTime() - start) / 1e6;
        String result = out.stream().filter(l -> l.startsWith("reply=")).findFirst()
                .orElseThrow(() -> new IllegalStateException(main + " printed no result: " + out));
        if (result.startsWith("reply=0 ")) {
            throw new IllegalStateException(main + " returned an empty reply");
        }
        boolean remembered = out.contains("remembered=true");
        long cpuMs = Long.parseLong(result.replaceAll(".*cpuMs=(-?[0-9]+).*", "$1"));
        return new Run(wallMs, cpuMs, Long.parseLong(result.replaceAll(".*rssKb=", "")), remembered);
    }

    private static List<String> exec(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(line);
            }
        }
        int code = process.waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + code + ": " + lines);
        }
        return lines;
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
