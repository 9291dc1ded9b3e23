package com.bedtimelegs.triage;

import com.bedtimelegs.content.Resources;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.content.Loaded;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The urgent signs from {@code triage/signs.json}, loaded and validated once. Each names its
 * outcome and source; only the two most urgent outcomes are allowed here.
 */
public final class UrgentSigns {
    static final String RESOURCE = "/triage/signs.json";
    /** The sign of a cramp that has gone on too long or keeps getting worse. */
    public static final String CRAMP_PERSISTING = "CRAMP_PERSISTING";
    /** What an emergency-symptom intent means when Alexa heard no symptom we know by name. */
    public static final String ANY_EMERGENCY = "CHEST_PAIN";
    /** What a leg-sign intent means when Alexa heard no sign we know by name. */
    public static final String ANY_LEG_SIGN = "SWOLLEN";

    private UrgentSigns() {
    }

    record File(String about, List<UrgentSign> signs) {
    }

    private static final Loaded<Map<String, UrgentSign>> SIGNS = Loaded.of(() -> load(Resources.text(RESOURCE), RESOURCE));

    public static List<UrgentSign> all() {
        return List.copyOf(SIGNS.get().values());
    }

    public static Optional<UrgentSign> byId(String id) {
        return Optional.ofNullable(id == null ? null : SIGNS.get().get(id));
    }

    /** A sign the file must have (the constants here are checked when it loads). */
    public static UrgentSign get(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("no urgent sign " + id));
    }

    static Map<String, UrgentSign> load(String text, String name) {
        File file = Json.read(text, File.class, name);
        List<String> problems = new ArrayList<>();
        Map<String, UrgentSign> signs = new LinkedHashMap<>();
        for (UrgentSign sign : file.signs() == null ? List.<UrgentSign>of() : file.signs()) {
            String where = "sign " + sign.id();
            if (sign.id() == null || !sign.id().matches("[A-Z][A-Z_]+")) {
                problems.add(where + ": id must be an UPPER_CASE slot value id");
            } else if (signs.put(sign.id(), sign) != null) {
                problems.add(where + ": id is used twice");
            }
            if (sign.outcome() != Outcome.EMERGENCY && sign.outcome() != Outcome.URGENT_SAME_DAY) {
                problems.add(where + ": outcome must be EMERGENCY or URGENT_SAME_DAY");
            }
            if (sign.reason() == null || !sign.reason().matches("[A-Z][^.?!]*\\.")) {
                problems.add(where + ": reason must be one sentence");
            }
            if (sign.source() == null || !sign.source().startsWith("NHS: ")) {
                problems.add(where + ": source must name the NHS page");
            }
        }
        for (String required : List.of(CRAMP_PERSISTING, ANY_EMERGENCY, ANY_LEG_SIGN)) {
            if (!signs.containsKey(required)) {
                problems.add("sign " + required + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(name + " is invalid:\n  " + String.join("\n  ", problems));
        }
        return signs;
    }
}
