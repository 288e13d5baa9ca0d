package dev.apikata.course;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one resource bundle in one of the two languages, read as UTF-8 properties. Patterns
 * use {@link MessageFormat}: {@code {0}} for arguments, {@code ''} for an apostrophe. There is no
 * fallback to the system locale: {@code --lang en} on a Japanese machine must give English.
 */
public final class TextBundle {

    private final String baseName;
    private final Language language;
    private final ResourceBundle bundle;

    private TextBundle(String baseName, Language language, ResourceBundle bundle) {
        this.baseName = baseName;
        this.language = language;
        this.bundle = bundle;
    }

    /** The bundle {@code baseName} ({@code dev.apikata.kit.messages}) in {@code language}, found by {@code owner}'s loader. */
    public static TextBundle of(String baseName, Language language, Class<?> owner) {
        return new TextBundle(baseName, language, ResourceBundle.getBundle(baseName, locale(language),
                owner.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** {@link Locale#JAPANESE} or {@link Locale#ENGLISH}. */
    public static Locale locale(Language language) {
        return language == Language.JA ? Locale.JAPANESE : Locale.ENGLISH;
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code arguments} filled in. */
    public String get(String key, Object... arguments) {
        try {
            return new MessageFormat(bundle.getString(key), locale(language)).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text " + key + " in " + baseName + " (" + language + ")", e);
        }
    }
}
