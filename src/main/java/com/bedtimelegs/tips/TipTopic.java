package com.bedtimelegs.tips;

import java.util.List;

/**
 * Tips on one subject.
 *
 * @param id   a TIP_TOPIC slot id, e.g. HYDRATION
 * @param name how the topic is spoken of, e.g. "water"
 * @param tips the first is the one given when someone asks for the topic
 */
public record TipTopic(String id, String name, List<Tip> tips) {
    public TipTopic {
        tips = tips == null ? List.of() : List.copyOf(tips);
    }
}
