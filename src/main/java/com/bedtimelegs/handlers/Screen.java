package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.bedtimelegs.content.Resources;
import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that draws on a screen (Echo Show): a dark, dim APL view of the current stretch
 * step or the first cramp action. Handlers describe what is happening; this adds the
 * RenderDocument directive only when the device says it supports Alexa.Presentation.APL, so
 * voice-only devices get exactly the response they always did. The document is
 * {@code src/main/resources/apl/bedtime-view.json}; its datasource is {@code view} with the keys
 * {@link #VIEW_KEYS}.
 */
public final class Screen {
    public static final String DOCUMENT_PATH = "/apl/bedtime-view.json";
    public static final String TOKEN = "bedtimeLegsView";
    /** Every key a handler fills in the "view" datasource; the document may use only these. */
    public static final List<String> VIEW_KEYS = List.of("kind", "title", "side", "holdSeconds",
            "startsAfterSeconds", "headline", "cue");

    private Screen() {
    }

    /**
     * A stretch step: its name, the side, the seconds of holding (0 for a setup step), the seconds of
     * speech before the first hold (when the countdown starts), the cue (wraps to three lines).
     */
    static void stretch(HandlerInput input, String name, String side, int holdSeconds, int startsAfterSeconds, String cue) {
        render(input, view("stretch", name, side, holdSeconds, startsAfterSeconds, "", cue));
    }

    /** Cramp help: the first action, then the hold countdown and when it starts, then the question (as spoken). */
    static void cramp(HandlerInput input, String action, int holdSeconds, int startsAfterSeconds, String cue) {
        render(input, view("cramp", "", "", holdSeconds, startsAfterSeconds, action, cue));
    }

    /** True when the request's device lists Alexa.Presentation.APL among its supported interfaces. */
    public static boolean supportsApl(HandlerInput input) {
        RequestEnvelope envelope = input.getRequestEnvelope();
        Context context = envelope == null ? null : envelope.getContext();
        SystemState system = context == null ? null : context.getSystem();
        SupportedInterfaces interfaces = system == null || system.getDevice() == null ? null
                : system.getDevice().getSupportedInterfaces();
        return interfaces != null && interfaces.getAlexaPresentationAPL() != null;
    }

    /** The APL document, parsed once. */
    public static Map<String, Object> document() {
        return Holder.DOCUMENT;
    }

    private static Map<String, Object> view(String kind, String title, String side, int holdSeconds,
                                            int startsAfterSeconds, String headline, String cue) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", kind);
        view.put("title", title == null ? "" : title);
        view.put("side", side == null ? "" : side);
        view.put("holdSeconds", Math.max(0, holdSeconds));
        view.put("startsAfterSeconds", Math.max(0, startsAfterSeconds));
        view.put("headline", headline == null ? "" : headline);
        view.put("cue", cue == null ? "" : cue);
        return view;
    }

    private static void render(HandlerInput input, Map<String, Object> view) {
        if (!supportsApl(input)) {
            return;
        }
        input.getResponseBuilder().addDirective(RenderDocumentDirective.builder()
                .withToken(TOKEN)
                .withDocument(document())
                .withDatasources(Map.of("view", view))
                .build());
    }

    private static final class Holder {
        static final Map<String, Object> DOCUMENT = load();

        private static Map<String, Object> load() {
            try {
                Map<String, Object> document = Json.MAPPER.readValue(Resources.text(DOCUMENT_PATH), new TypeReference<>() { });
                return Map.copyOf(document);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(DOCUMENT_PATH + " is not valid JSON: " + e.getOriginalMessage(), e);
            }
        }
    }
}
