package com.bedtimelegs.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the skill's bundled content files (catalogs, rules, documents); a missing one fails loudly. */
public final class Resources {
    private Resources() {
    }

    /** The UTF-8 text of a classpath resource such as {@code /tips/tips.json}. */
    public static String text(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }
}
