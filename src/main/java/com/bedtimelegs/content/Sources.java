package com.bedtimelegs.content;

import java.util.List;

/**
 * Where health content may come from. Every rule, technique, tip and stretch names its source
 * beside it in the data file, as "Publisher: page (address): what it says"; the loaders refuse a
 * source that names none of these publishers, so unsourced advice fails the build.
 */
public final class Sources {
    /** The publishers we cite, each followed by ": " in a source string. */
    public static final List<String> PUBLISHERS = List.of(
            "NHS", "NHS inform", "NICE CKS", "Mayo Clinic", "healthdirect", "HSE", "Seed guide");

    private Sources() {
    }

    /** True when {@code source} starts by naming one of {@link #PUBLISHERS}. */
    public static boolean cites(String source) {
        if (source == null || source.isBlank()) {
            return false;
        }
        return PUBLISHERS.stream().anyMatch(p -> source.startsWith(p + ": ") && source.length() > p.length() + 10);
    }

    /** For problem messages: "must name NHS, NHS inform, ...". */
    public static String expected() {
        return "must name its source (" + String.join(", ", PUBLISHERS) + ")";
    }
}
