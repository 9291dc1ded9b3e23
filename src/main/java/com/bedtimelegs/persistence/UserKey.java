package com.bedtimelegs.persistence;

import com.amazon.ask.exception.PersistenceException;
import com.amazon.ask.model.RequestEnvelope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key a user's record is stored under: the SHA-256 of their Alexa user id, so neither store
 * ever holds the id itself (nor can a leaked table be joined with other Alexa data by it).
 */
public final class UserKey {
    private UserKey() {
    }

    /** The hashed key for the user of this request; throws when the request names no user. */
    public static String of(RequestEnvelope envelope) {
        String userId = null;
        if (envelope.getContext() != null && envelope.getContext().getSystem() != null
                && envelope.getContext().getSystem().getUser() != null) {
            userId = envelope.getContext().getSystem().getUser().getUserId();
        }
        if ((userId == null || userId.isBlank()) && envelope.getSession() != null && envelope.getSession().getUser() != null) {
            userId = envelope.getSession().getUser().getUserId();
        }
        if (userId == null || userId.isBlank()) {
            throw new PersistenceException("the request names no user");
        }
        return hash(userId);
    }

    /** Lower-case hex SHA-256 of the user id. */
    public static String hash(String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
