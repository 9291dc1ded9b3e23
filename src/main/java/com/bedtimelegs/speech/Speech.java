package com.bedtimelegs.speech;

import com.bedtimelegs.content.Locales;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the skill says, by locale: {@code speech/Speech_en.properties} holds every sentence, and
 * {@code Speech_en_GB.properties} (AU, IN, CA...) override only the words that differ there
 * ("GP", "physio"). Texts are plain sentences (no SSML); {@code {0}}, {@code {1}} are replaced by
 * the arguments as-is (no MessageFormat, so apostrophes need no escaping).
 */
public final class Speech {
    public static final String BASE_NAME = "speech.Speech";

    private static final String SPELLING = "spelling.";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, Speech> CACHE = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;

    private Speech(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The words for a request locale such as "en-GB"; unknown or missing locales get the base English. */
    public static Speech of(String localeTag) {
        String tag = localeTag == null ? "" : localeTag.strip().replace('_', '-');
        String known = Locales.ALL.stream().filter(l -> l.equalsIgnoreCase(tag)).findFirst().orElse("en-US");
        // Only the published locales are cached, so odd locales in requests can't grow the cache.
        return CACHE.computeIfAbsent(known, t -> new Speech(load(Locale.forLanguageTag(t))));
    }

    private static ResourceBundle load(Locale locale) {
        try {
            return ResourceBundle.getBundle(BASE_NAME, locale, NO_DEFAULT_LOCALE);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BASE_NAME, Locale.ENGLISH, NO_DEFAULT_LOCALE);
        }
    }

    /** The sentence for this key with {0}, {1}... filled in. A missing key is a programming error. */
    public String text(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /**
     * Written text in this locale's spelling ("colour" for en-GB), from the {@code spelling.<US word>}
     * keys; for cards, since Alexa says both spellings the same.
     */
    public String spelled(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String key : bundle.keySet()) {
            if (key.startsWith(SPELLING)) {
                String us = key.substring(SPELLING.length());
                String local = bundle.getString(key);
                if (!local.equals(us)) {
                    out = out.replaceAll("\\b" + Pattern.quote(us) + "\\b", Matcher.quoteReplacement(local));
                }
            }
        }
        return out;
    }
}
