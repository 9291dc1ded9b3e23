package com.bedtimelegs.content;

import java.util.List;

/**
 * The one list of locales the skill is published in. Each has an interaction model, a speech
 * bundle, publishing information in skill.json, an emergency number and an NLU evaluation set;
 * README "How to add a locale" lists the steps and {@code LocaleChecklistTest} checks them.
 */
public final class Locales {
    private Locales() {
    }

    /** en-US first: it is the base English every other locale overrides. */
    public static final List<String> ALL = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
}
