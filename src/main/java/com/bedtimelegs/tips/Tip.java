package com.bedtimelegs.tips;

/** One daytime tip, spoken as is. {@code id} is what a session remembers as heard. */
public record Tip(String id, String text) {
}
