import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.Skills;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The baseline: the smallest ASK SDK Java skill (one LaunchRequest handler, same SDK version,
 * same skill-id check, same builder), started and measured the same way as {@link ColdStart}.
 */
public final class HelloWorldColdStart {
    static final class HelloHandler implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return input.getRequestEnvelope().getRequest() instanceof LaunchRequest;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder().withSpeech("Hello world.").withShouldEndSession(false).build();
        }
    }

    static final class HelloStreamHandler extends SkillStreamHandler {
        HelloStreamHandler() {
            super(Skills.custom().addRequestHandlers(new HelloHandler())
                    .withSkillId(System.getenv("SKILL_ID")).build());
        }
    }

    public static void main(String[] args) throws Exception {
        byte[] request = Files.readAllBytes(Path.of(args[0]));
        HelloStreamHandler entry = new HelloStreamHandler();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entry.handleRequest(new ByteArrayInputStream(request), out, null);
        Peak.report(out.size());
    }
}
