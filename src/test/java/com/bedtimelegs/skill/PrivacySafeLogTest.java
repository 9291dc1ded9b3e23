package com.bedtimelegs.skill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.interfaces.system.SystemState;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PrivacySafeLogTest {
    @Mock
    Consumer<String> sink;

    @Test
    void logsSlotNamesButNeverSlotValues() {
        Intent intent = Intent.builder().withName("CrampReliefIntent")
                .putSlotsItem("muscle", Slot.builder().withName("muscle").withValue("back of my thigh").build())
                .putSlotsItem("empty", Slot.builder().withName("empty").build())
                .build();
        RequestEnvelope envelope = RequestEnvelope.builder()
                .withSession(Session.builder().withNew(false).withSessionId("s").build())
                .withContext(Context.builder().withSystem(SystemState.builder()
                        .withApplication(Application.builder().withApplicationId("a").build()).build()).build())
                .withRequest(IntentRequest.builder().withIntent(intent).withLocale("en-US").withRequestId("r").build())
                .build();
        new PrivacySafeLog(sink).process(HandlerInput.builder().withRequestEnvelope(envelope).build());

        ArgumentCaptor<String> line = ArgumentCaptor.forClass(String.class);
        verify(sink, times(1)).accept(line.capture());
        assertTrue(line.getValue().contains("intent=CrampReliefIntent"), line.getValue());
        assertTrue(line.getValue().contains("filledSlots=[muscle]"), line.getValue());
        assertFalse(line.getValue().contains("thigh"), line.getValue());
    }

    /** Saying that your legs feel restless is a health detail too: the log says only that an answer came. */
    @Test
    void restlessLegsIsLoggedOnlyAsAnAnswer() {
        Intent intent = Intent.builder().withName("RestlessLegsIntent").build();
        RequestEnvelope envelope = RequestEnvelope.builder()
                .withSession(Session.builder().withNew(false).withSessionId("s").build())
                .withContext(Context.builder().withSystem(SystemState.builder()
                        .withApplication(Application.builder().withApplicationId("a").build()).build()).build())
                .withRequest(IntentRequest.builder().withIntent(intent).withLocale("en-US").withRequestId("r").build())
                .build();
        new PrivacySafeLog(sink).process(HandlerInput.builder().withRequestEnvelope(envelope).build());

        ArgumentCaptor<String> line = ArgumentCaptor.forClass(String.class);
        verify(sink, times(1)).accept(line.capture());
        assertTrue(line.getValue().contains("intent=(an answer)"), line.getValue());
        assertFalse(line.getValue().contains("Restless"), line.getValue());
    }
}
