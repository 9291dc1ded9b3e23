package com.bedtimelegs.simulator;

import com.bedtimelegs.simulator.UtteranceResolver.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A resolver over a small interaction model of a test's own, and what it hears, as one line. */
final class SmallModel {
    private SmallModel() {
    }

    /** Writes the model JSON into {@code dir} and builds a resolver for it. */
    static UtteranceResolver resolver(Path dir, String json) throws IOException {
        Path file = dir.resolve("model.json");
        Files.writeString(file, json);
        return new UtteranceResolver(InteractionModel.load(file));
    }

    /** The intent, then each slot heard: its value id, or the words in quotes when they are no value. */
    static String heard(UtteranceResolver resolver, String said) {
        Resolution r = resolver.resolve(said);
        StringBuilder out = new StringBuilder(r.intent());
        r.slots().values().stream().filter(h -> h.heard() != null)
                .forEach(h -> out.append(' ').append(h.name()).append('=').append(h.match().map(v -> v.id()).orElse('"' + h.heard() + '"')));
        return out.toString();
    }
}
