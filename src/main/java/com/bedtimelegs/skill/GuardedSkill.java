package com.bedtimelegs.skill;

import com.bedtimelegs.content.Json;
import com.amazon.ask.Skill;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.amazon.ask.AlexaSkill;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Checks the raw request before the SDK sees it, so a malformed body or a request for another
 * skill fails with a one-line reason instead of the SDK's generic "could not find a skill".
 */
public final class GuardedSkill implements AlexaSkill<RequestEnvelope, ResponseEnvelope> {
    private final Skill skill;
    private final String skillId;

    public GuardedSkill(Skill skill, String skillId) {
        this.skill = skill;
        this.skillId = skillId;
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        JsonNode envelope;
        try {
            envelope = Json.MAPPER.readTree(request.getRawRequest());
        } catch (JsonProcessingException e) {
            throw new BadRequestException("Malformed request: the body is not valid JSON ("
                    + firstLine(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw new BadRequestException("Malformed request: the body could not be read");
        }
        if (envelope == null || !envelope.isObject()) {
            throw new BadRequestException("Malformed request: expected a JSON object (an Alexa request envelope)");
        }
        if (!envelope.path("request").hasNonNull("type")) {
            throw new BadRequestException("Malformed request: no request.type, so this is not an Alexa request envelope");
        }
        // The SDK's own skill-id check (withSkillId) and its service clients read
        // context.System.application, so the envelope must carry it. Alexa sends context on every
        // request; session.application is optional and, when present, must name the same skill.
        String applicationId = envelope.path("context").path("System").path("application").path("applicationId").asText(null);
        if (applicationId == null) {
            throw new BadRequestException("Malformed request: no context.System.application.applicationId");
        }
        JsonNode sessionApplication = envelope.path("session").path("application").path("applicationId");
        if (!skillId.equals(applicationId)
                || !sessionApplication.isMissingNode() && !sessionApplication.isNull()
                && !skillId.equals(sessionApplication.asText())) {
            throw new BadRequestException("Rejected request: it is addressed to a different skill id");
        }
        SkillResponse<ResponseEnvelope> response;
        try {
            response = skill.execute(request, context);
        } catch (RuntimeException e) {
            if (e.getClass().getName().contains("AskSdkException")) {
                throw new BadRequestException("Malformed request: the SDK could not read the envelope ("
                        + firstLine(e.getMessage()) + ")");
            }
            throw e;
        }
        if (response == null) {
            throw new BadRequestException("Malformed request: the SDK could not read the envelope");
        }
        // Checked whenever assertions are on (all tests); free on Lambda, where they are off.
        assert !response.isPresent() || ResponseInvariant.holds(envelope.path("request").path("type").asText(),
                response.getRawResponse());
        return response;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
