package com.bedtimelegs.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * One shared ObjectMapper (building one is slow, using one is thread-safe), and the one way the
 * content loaders read their files: bind the JSON to records, then validate the records.
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /**
     * Binds a content file to {@code type} (a record; unknown fields are an error, so a typo is
     * caught). A file that is not JSON, or that does not fit the record, is refused with one
     * message that starts with {@code name} and says where: "routines.json: not valid JSON: ...",
     * "routines.json: stretches[2].holdSeconds: Cannot deserialize ...".
     */
    public static <T> T read(String json, Class<T> type, String name) {
        T value;
        try {
            value = MAPPER.readValue(json, type);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) {
                throw new IllegalStateException(name + ": not valid JSON: " + syntax.getOriginalMessage(), e);
            }
            if (e instanceof MismatchedInputException && e.getPath().isEmpty()) {
                throw new IllegalStateException(name + ": expected a JSON object: " + e.getOriginalMessage(), e);
            }
            throw new IllegalStateException(name + ": " + where(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (value == null) {
            throw new IllegalStateException(name + ": expected a JSON object, found null");
        }
        return value;
    }

    /** "stretches[2].holdSeconds": the field path of a binding error. */
    private static String where(JsonMappingException e) {
        StringBuilder where = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                where.append(where.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                where.append('[').append(ref.getIndex()).append(']');
            }
        }
        return where.toString();
    }
}
