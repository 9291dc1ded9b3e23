package com.bedtimelegs.content;

import com.fasterxml.jackson.databind.ObjectMapper;

/** One shared ObjectMapper: building one is slow, using one is thread-safe. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
