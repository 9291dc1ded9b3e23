package com.bedtimelegs.lambdajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.persistence.Dynalite;
import com.bedtimelegs.persistence.DynamoDbStore;
import com.bedtimelegs.persistence.LoopbackListener;
import com.bedtimelegs.persistence.UserKey;
import com.bedtimelegs.simulator.LocalTable;
import com.bedtimelegs.simulator.Simulator;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The function's jar, as Lambda gets it: no simulator inside, no Main-Class, and it answers on its own,
 * remembers a user in a real DynamoDB-compatible server (so the trimmed AWS SDK still does GetItem,
 * PutItem and DeleteItem), and its SnapStart hook makes no network call.
 */
class LambdaJarIT {
    private static final Path JAR = Path.of("target", "bedtime-legs-lambda.jar");

    @RegisterExtension
    static final Dynalite DYNALITE = new Dynalite();

    /** A child JVM with only the jar (and the smoke classes), its environment exactly as given. */
    private static Process startWithJar(Map<String, String> env, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = JAR + File.pathSeparator + Path.of("target", "test-classes");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("MEMORY_"));
        builder.environment().put("CLASSPATH", classPath);
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Reads the child's lines until one starts with {@code prefix}; returns it (all lines go to {@code seen}). */
    private static String readUntil(BufferedReader reader, String prefix, List<String> seen) throws IOException {
        for (String line; (line = reader.readLine()) != null; ) {
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no '" + prefix + "' line from the jar: " + String.join("\n", seen));
    }

    @Test
    void theJarHoldsTheSkillButNotTheSimulator() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> ours = jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("com/bedtimelegs/") && n.endsWith(".class")).sorted().toList();
            long classes = jar.stream().filter(e -> e.getName().endsWith(".class")).count();
            System.out.println("Lambda jar: " + JAR.toFile().length() + " bytes, " + classes + " classes, "
                    + ours.size() + " of them the skill's:\n  " + String.join("\n  ", ours));
            assertTrue(ours.contains("com/bedtimelegs/skill/LambdaEntry.class"), "the Lambda handler is in the jar");
            assertEquals(List.of(), ours.stream().filter(n -> n.startsWith("com/bedtimelegs/simulator/")).toList());
            assertNull(jar.getManifest().getMainAttributes().getValue("Main-Class"), "no Main-Class into the simulator");
        }
    }

    @Test
    void theJarAloneRemembersAUserInDynamoDbAndForgetsThemOnRequest() throws Exception {
        String table = "lambda-jar";
        DynamoDbStore admin = DynamoDbStore.forEndpoint(DYNALITE.endpoint(), table, Duration.ofSeconds(5));
        LocalTable.ensure(admin.client(), table);
        Process child = startWithJar(Map.of(
                "SKILL_ID", Simulator.LOCAL_SKILL_ID,
                DynamoDbStore.TABLE_ENV, table,
                DynamoDbStore.ENDPOINT_ENV, DYNALITE.endpoint().toString(),
                DynamoDbStore.LOCAL_TIMEOUT_ENV, "5000",
                "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "AKIDLAMBDAJARTEST",
                "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_SESSION_TOKEN", "test"), LambdaJarMemorySmoke.class.getName());
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            assertEquals("primed=14", readUntil(out, "primed=", seen), "priming through the jar: " + seen);
            in.write("go\n");
            in.flush();
            List<String> said = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                said.add(readUntil(out, "said: ", seen));
            }
            assertEquals(0, child.waitFor(), String.join("\n", seen));
            assertTrue(said.get(0).contains("Welcome to Bedtime Legs") && !said.get(0).contains("whispered"), said.get(0));
            assertTrue(said.get(1).contains("whispered"), "the quiet voice is set: " + said.get(1));
            assertTrue(said.get(2).contains("whispered"), "read back in a new session: " + said.get(2));
            assertTrue(said.get(4).contains("deleted everything"), said.get(4));
            assertTrue(said.get(5).contains("Welcome to Bedtime Legs") && !said.get(5).contains("whispered"), said.get(5));
            assertTrue(seen.stream().noneMatch(l -> l.startsWith("memory ")), "no store fault: " + seen);
        } finally {
            child.destroyForcibly();
        }
        assertFalse(admin.client().getItem(r -> r.tableName(table).consistentRead(true).key(Map.of(DynamoDbStore.KEY,
                AttributeValue.fromS(UserKey.hash("amzn1.ask.account.local"))))).hasItem(), "the row is gone");
    }

    /**
     * Lambda-like: no endpoint override (DynamoDB itself, over https), SnapStart's container
     * credentials endpoint instead of keys. Both the credentials endpoint and an https proxy that
     * any call to AWS would go through are loopback listeners counting connections: the hook
     * (priming with the store in its dry run) must open none; the first real request then does, and
     * a credentials endpoint that never answers costs it no more than the credentials time limit.
     */
    @Test
    void theSnapStartHookMakesNoNetworkCallAndFetchesNoCredentials() throws Exception {
        try (LoopbackListener credentials = new LoopbackListener(); LoopbackListener aws = new LoopbackListener()) {
            Process child = startWithJar(Map.of(
                    "SKILL_ID", Simulator.LOCAL_SKILL_ID,
                    DynamoDbStore.TABLE_ENV, "memory",
                    "AWS_REGION", "us-east-1",
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI", credentials.endpoint() + "/credentials",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN", "test-token"),
                    "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + aws.endpoint().getPort(),
                    LambdaJarMemorySmoke.class.getName(), "launch-only");
            List<String> seen = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                 Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
                assertEquals("primed=14", readUntil(out, "primed=", seen), String.join("\n", seen));
                assertEquals(0, credentials.connections(), "no credentials fetched into the snapshot");
                assertEquals(0, aws.connections(), "no call to DynamoDB before the snapshot");
                in.write("go\n");
                in.flush();
                long start = System.nanoTime();
                String said = readUntil(out, "said: ", seen);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(said.contains("Welcome to Bedtime Legs"), "a store it cannot reach leaves a new user: " + said);
                assertTrue(credentials.connections() > 0, "after the restore, the first read asks for credentials");
                // The credentials fetch is time-limited (500 ms); unbounded, the SDK retried it for ~6 s.
                assertTrue(millis < 4_000, "a hanging credentials endpoint held the launch " + millis + " ms");
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), String.join("\n", seen));
            } finally {
                child.destroyForcibly();
            }
        }
    }

    @Test
    void theJarAloneAnswersALaunch() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = JAR + File.pathSeparator + Path.of("target", "test-classes");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classPath, LambdaJarSmoke.class.getName(),
                "src/test/resources/envelopes/launch-local.json").redirectErrorStream(true);
        builder.environment().put("SKILL_ID", Simulator.LOCAL_SKILL_ID);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("Welcome to Bedtime Legs"), output);
    }
}
