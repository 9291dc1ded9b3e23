package com.bedtimelegs.persistence;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs dynalite (a DynamoDB-compatible server from npm, installed by the build's {@code npm ci})
 * on a free loopback port for a test class, and stops it after. Tests may also stop and restart
 * it to show a store going away mid-conversation; its LevelDB folder keeps the data across that.
 */
public final class Dynalite implements BeforeAllCallback, AfterAllCallback {
    private static final Path CLI = Path.of("node_modules", "dynalite", "cli.js");
    /** Keeps dynalite serving when a client gives up mid-request (see the script). */
    private static final Path KEEP_RUNNING = Path.of("tools", "dynalite-keep-running.js").toAbsolutePath();

    private Process process;
    private Path data;
    private Path output;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!Files.exists(CLI)) {
            throw new ExtensionConfigurationException("dynalite is not installed: run npm ci (mvn verify does)");
        }
        data = Files.createTempDirectory("dynalite-data");
        output = Files.createTempFile("dynalite", ".log");
        port = freePort();
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    /** Starts (or restarts, on the same port and data) and waits until it accepts connections. */
    public void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        process = new ProcessBuilder(List.of("node", "--require", KEEP_RUNNING.toString(), CLI.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--path", data.toString(), "--createTableMs", "0", "--deleteTableMs", "0"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dynalite exited: " + Files.readString(output));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("dynalite did not start on port " + port + ": " + Files.readString(output));
    }

    /** Stops the server (the store is then down: connections are refused). */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
