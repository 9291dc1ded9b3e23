package com.bedtimelegs.skill;

import com.bedtimelegs.content.Json;
import com.bedtimelegs.state.SessionStateGuard;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** For tests that write session attributes by hand. */
public final class Envelopes {
    private Envelopes() {
    }

    /** A copy of {@code attributes} stamped with the current state version, so the state guard lets them through. */
    public static ObjectNode current(JsonNode attributes) {
        ObjectNode copy = attributes.isObject() ? ((ObjectNode) attributes).deepCopy() : Json.MAPPER.createObjectNode();
        copy.put(SessionStateGuard.VERSION, SessionStateGuard.CURRENT_VERSION);
        return copy;
    }
}
