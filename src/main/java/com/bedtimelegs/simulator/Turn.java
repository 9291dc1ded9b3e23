package com.bedtimelegs.simulator;

import java.util.List;
import java.util.Map;

/**
 * One exchange: what the user typed, the request Alexa would have sent, and what the skill said.
 *
 * @param said        the typed words ("" for silence)
 * @param requestType LaunchRequest, IntentRequest, SessionEndedRequest, or "Reprompt" when Alexa
 *                    simply replays the reprompt after silence
 * @param intent      the resolved intent name, or null
 * @param slots       slot name to resolved id (or the raw words when unmatched)
 * @param speechSsml  the SSML the skill returned (or Alexa spoke for a delegated dialog)
 * @param sessionOpen whether Alexa keeps listening after this turn
 * @param problems    limit or style violations found in this turn's speech
 */
public record Turn(String said, String requestType, String intent, Map<String, String> slots,
                   String speechSsml, String speech, String repromptSsml, String reprompt,
                   boolean sessionOpen, List<String> directives, List<String> problems) {

    /** The request as a short label, e.g. {@code CrampReliefIntent muscle=CALF}. */
    public String label() {
        StringBuilder out = new StringBuilder(intent != null ? intent : requestType);
        slots.forEach((name, value) -> out.append(' ').append(name).append('=').append(value));
        return out.toString();
    }
}
