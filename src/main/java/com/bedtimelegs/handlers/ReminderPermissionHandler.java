package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import java.util.Map;
import java.util.Optional;

/** Alexa's answer to the voice permission request: ACCEPTED, DENIED or NOT_ANSWERED (or a device that can't ask). */
public final class ReminderPermissionHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequest() instanceof ConnectionsResponse response
                && ReminderFlow.ASK_FOR.equals(response.getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ConnectionsResponse response = (ConnectionsResponse) input.getRequest();
        String code = response.getStatus() == null ? null : response.getStatus().getCode();
        Map<String, Object> payload = response.getPayload();
        Object status = payload == null ? null : payload.get("status");
        return ReminderFlow.afterConsent(input, code, status == null ? null : status.toString(), response.getToken());
    }
}
