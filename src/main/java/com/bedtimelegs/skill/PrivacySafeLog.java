package com.bedtimelegs.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One log line per request and per response, for operations. Slot values, utterances, session
 * attributes and speech text may all carry health details, so only names, types and sizes are
 * ever written.
 */
public final class PrivacySafeLog implements RequestInterceptor, ResponseInterceptor {
    private static final Set<String> ANSWER_INTENTS = Set.of("AMAZON.YesIntent", "AMAZON.NoIntent", "UnsureIntent",
            "EmergencySymptomIntent", "LegWarningSignIntent", "CrampPersistingIntent", "RestlessLegsIntent");

    private final Consumer<String> sink;

    public PrivacySafeLog(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void process(HandlerInput input) {
        Request request = input.getRequest();
        StringBuilder line = new StringBuilder("request type=").append(request.getType());
        if (request instanceof IntentRequest intentRequest && intentRequest.getIntent() != null) {
            String intent = intentRequest.getIntent().getName();
            // Yes, no, "not sure" and urgent signs ("my chest hurts", "my leg is swollen") are themselves answers to red-flag questions: log only that one was given.
            // Set.of(..).contains(null) throws: an intent with no name is logged as "(none)".
            line.append(" intent=").append(intent == null ? "(none)"
                    : ANSWER_INTENTS.contains(intent) ? "(an answer)" : intent);
            if (intentRequest.getIntent().getSlots() != null) {
                TreeSet<String> filled = new TreeSet<>();
                intentRequest.getIntent().getSlots().forEach((name, slot) -> {
                    if (slot != null && slot.getValue() != null) {
                        filled.add(name);
                    }
                });
                line.append(" filledSlots=").append(filled);
            }
            if (intentRequest.getDialogState() != null) {
                line.append(" dialogState=").append(intentRequest.getDialogState());
            }
        }
        if (request instanceof SessionEndedRequest ended) {
            line.append(" reason=").append(ended.getReason());
        }
        line.append(" locale=").append(request.getLocale());
        if (input.getRequestEnvelope().getSession() != null) {
            line.append(" newSession=").append(input.getRequestEnvelope().getSession().getNew());
        }
        sink.accept(line.toString());
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        if (response.isEmpty()) {
            sink.accept("response empty");
            return;
        }
        Response r = response.get();
        int chars = r.getOutputSpeech() instanceof SsmlOutputSpeech s && s.getSsml() != null ? s.getSsml().length() : 0;
        sink.accept("response speechChars=" + chars
                + " reprompt=" + (r.getReprompt() != null)
                + " endSession=" + r.getShouldEndSession()
                + " directives=" + (r.getDirectives() == null ? 0 : r.getDirectives().size()));
    }
}
