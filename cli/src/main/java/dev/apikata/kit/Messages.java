package dev.apikata.kit;

import dev.apikata.course.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text the kit prints, in Japanese and English, read from {@code dev/apikata/kit/messages*.properties}
 * (UTF-8). Patterns use {@link MessageFormat}: {@code {0}} for arguments, {@code ''} for an apostrophe.
 */
public final class Messages {

    /** The bundle's base name; picocli's help texts live in it too. */
    public static final String BUNDLE = "dev.apikata.kit.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages in(Language language) {
        // No fallback to the system locale: --lang en on a Japanese machine must give English.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    public static Locale locale(Language language) {
        return language == Language.JA ? Locale.JAPANESE : Locale.ENGLISH;
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return locale(language);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code arguments} filled in. */
    public String get(String key, Object... arguments) {
        try {
            return new MessageFormat(bundle.getString(key), locale()).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message " + key + " in " + BUNDLE + " (" + language + ")", e);
        }
    }
}
