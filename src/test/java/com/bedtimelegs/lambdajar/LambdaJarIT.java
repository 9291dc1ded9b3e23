package com.bedtimelegs.lambdajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.Simulator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The function's jar, as Lambda gets it: no simulator inside, no Main-Class, and it answers on its own. */
class LambdaJarIT {
    private static final Path JAR = Path.of("target", "bedtime-legs-lambda.jar");

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
