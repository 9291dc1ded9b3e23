package com.bedtimelegs.lambdajar;

import com.bedtimelegs.content.Json;
import com.bedtimelegs.skill.EnvelopeBuilder;
import com.bedtimelegs.skill.LambdaEntry;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Run with only the Lambda jar (and this class) on the class path, configured by the environment as
 * on Lambda. Prints "primed=N" after doing what SnapStart's beforeCheckpoint hook does, then waits for
 * a line on stdin (so the test can look at the network in between), then plays a short conversation
 * and prints one "said: ..." line per answer.
 */
public final class LambdaJarMemorySmoke {
    private LambdaJarMemorySmoke() {
    }

    public static void main(String[] args) throws Exception {
        String skillId = System.getenv("SKILL_ID");
        LambdaEntry entry = new LambdaEntry();
        System.out.println("primed=" + entry.prime());
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (args.length > 0 && args[0].equals("launch-only")) {
            say(entry, EnvelopeBuilder.launch(skillId));
            return;
        }
        // Read (a new user), write (the quiet voice), read back in a new session, delete, read again.
        JsonNode reply = say(entry, EnvelopeBuilder.launch(skillId));
        say(entry, EnvelopeBuilder.intent(skillId, "QuietVoiceIntent").attributes(reply.get("sessionAttributes")));
        reply = say(entry, EnvelopeBuilder.launch(skillId));
        reply = say(entry, EnvelopeBuilder.intent(skillId, "ForgetMeIntent").attributes(reply.get("sessionAttributes")));
        say(entry, EnvelopeBuilder.intent(skillId, "AMAZON.YesIntent").attributes(reply.get("sessionAttributes")));
        say(entry, EnvelopeBuilder.launch(skillId));
    }

    private static JsonNode say(LambdaEntry entry, EnvelopeBuilder envelope) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entry.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(envelope.build())), out, null);
        JsonNode reply = Json.MAPPER.readTree(out.toByteArray());
        System.out.println("said: " + reply.at("/response/outputSpeech/ssml").asText());
        System.out.flush();
        return reply;
    }
}
