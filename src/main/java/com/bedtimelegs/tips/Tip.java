package com.bedtimelegs.tips;

/**
 * One daytime tip, spoken as is. {@code id} is what a session remembers as heard; {@code source}
 * says where the advice comes from (see {@link com.bedtimelegs.content.Sources}).
 */
public record Tip(String id, String text, String source) {
}
