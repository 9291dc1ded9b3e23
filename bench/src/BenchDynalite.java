import com.bedtimelegs.content.Json;
import com.bedtimelegs.persistence.DynamoDbStore;
import com.bedtimelegs.persistence.UserKey;
import com.bedtimelegs.simulator.LocalTable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * dynalite for the cold-start bench, started the same way as the integration tests' JUnit extension
 * (src/test/java/com/bedtimelegs/persistence/Dynalite.java): the npm-installed package-lock version
 * (tools/npm-ci), node on a free loopback port, a fresh data folder; stopped when closed.
 */
final class BenchDynalite implements AutoCloseable {
    private static final Path CLI = Path.of("node_modules", "dynalite", "cli.js");
    /** Keeps dynalite serving when a client gives up mid-request (a timed-out read must not end the run). */
    private static final Path KEEP_RUNNING = Path.of("tools", "dynalite-keep-running.js").toAbsolutePath();

    private final Path work;
    private final Path data;
    private final int port;
    private Process process;
    private int restarts;

    private BenchDynalite(Path work, Path data, int port) {
        this.work = work;
        this.data = data;
        this.port = port;
    }

    static BenchDynalite start(Path work) throws Exception {
        if (!Files.exists(CLI)) {
            throw new IllegalStateException("dynalite is not installed: run tools/npm-ci (bench/run does)");
        }
        Path data = work.resolve("dynalite-data");
        deleteTree(data);
        Files.createDirectories(data);
        BenchDynalite dynalite = new BenchDynalite(work, data, freePort());
        dynalite.launch();
        return dynalite;
    }

    /** Starts it again (same port, same data) if it has ended; the table reports how often that happened. */
    void ensureRunning() throws Exception {
        if (!process.isAlive()) {
            restarts++;
            launch();
        }
    }

    int restarts() {
        return restarts;
    }

    private void launch() throws Exception {
        Path log = work.resolve("dynalite.log");
        process = new ProcessBuilder(List.of("node", "--require", KEEP_RUNNING.toString(), CLI.toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--path", data.toString(),
                "--createTableMs", "0", "--deleteTableMs", "0"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dynalite exited: " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IllegalStateException("dynalite did not start on port " + port);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    String version() throws IOException {
        return Json.MAPPER.readTree(Path.of("node_modules", "dynalite", "package.json").toFile()).path("version").asText();
    }

    /** The skill's table (same key schema as template.yaml), holding one record for {@code userId}. */
    void createTableWithRecord(String table, String userId, String recordJson) {
        DynamoDbStore store = DynamoDbStore.forEndpoint(endpoint(), table, Duration.ofSeconds(10));
        LocalTable.ensure(store.client(), table);
        store.client().putItem(r -> r.tableName(table).item(Map.of(
                DynamoDbStore.KEY, AttributeValue.fromS(UserKey.hash(userId)),
                DynamoDbStore.DATA, AttributeValue.fromS(recordJson),
                DynamoDbStore.EXPIRES, AttributeValue.fromN(Long.toString(Instant.now().plus(DynamoDbStore.KEEP).getEpochSecond())))));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
