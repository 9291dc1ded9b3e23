package com.bedtimelegs.skill;

/** A request that is not a usable Alexa envelope for this skill; the message says why in plain words. */
public final class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message, null, false, false); // no stack trace: the message is the whole story
    }
}
