package com.bedtimelegs.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.services.util.JacksonSerializer;
import com.bedtimelegs.skill.ResponseInvariant;
import com.bedtimelegs.state.StateSnapshot;
import com.bedtimelegs.speech.SpeechCheck;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ApologyExceptionHandlerTest {
    @Mock
    Consumer<String> log;

    @Test
    void apologisesKeepsListeningRestoresStateAndLogsNoMessage() {
        Map<String, Object> before = new HashMap<>(Map.of("activity", "STRETCH"));
        HandlerInput input = HandlerInput.builder().withRequestEnvelope(RequestEnvelope.builder()
                .withSession(Session.builder().withSessionId("s").withAttributes(before).build())
                .withRequest(IntentRequest.builder().withRequestId("r").build()).build()).build();
        new StateSnapshot().process(input);
        input.getAttributesManager().getSessionAttributes().put("activity", "HALF_WRITTEN");

        Response response = new ApologyExceptionHandler(log)
                .handle(input, new IllegalStateException("muscle=back of my thigh")).orElseThrow();

        assertEquals("STRETCH", input.getAttributesManager().getSessionAttributes().get("activity"));
        assertEquals(Boolean.FALSE, response.getShouldEndSession());
        String speech = ((SsmlOutputSpeech) response.getOutputSpeech()).getSsml();
        assertEquals("Sorry, something went wrong on my side. Please say that again.", SpeechCheck.readable(speech));
        assertFalse(((SsmlOutputSpeech) response.getReprompt().getOutputSpeech()).getSsml().isBlank());
        verify(log).accept(argThat(line -> line.contains("IllegalStateException") && !line.contains("thigh")));
        // Built here without GuardedSkill, so the response invariant is checked explicitly.
        String json = new JacksonSerializer().serialize(ResponseEnvelope.builder().withVersion("1.0").withResponse(response).build());
        assertEquals(List.of(), ResponseInvariant.problems("IntentRequest", json.getBytes(StandardCharsets.UTF_8)));
    }
}
