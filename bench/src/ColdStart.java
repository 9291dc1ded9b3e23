import com.bedtimelegs.skill.LambdaEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold start of the real skill: construct the Lambda handler exactly as Lambda does (SKILL_ID,
 * and MEMORY_TABLE / MEMORY_ENDPOINT / AWS_REGION / AWS keys from the environment), handle one request
 * envelope from a file, print the reply size and this process's peak RSS, exit. The driver times the
 * whole process from the outside. With memory wired, the driver has stored a record asking for the
 * quiet voice for this user, so "remembered=true" shows the launch's one read really came back.
 */
public final class ColdStart {
    public static void main(String[] args) throws Exception {
        byte[] request = Files.readAllBytes(Path.of(args[0]));
        LambdaEntry entry = new LambdaEntry();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entry.handleRequest(new ByteArrayInputStream(request), out, null);
        System.out.println("remembered=" + out.toString(StandardCharsets.UTF_8).contains("amazon:effect name=\\\"whispered\\\""));
        Peak.report(out.size());
    }
}
