package dev.apikata.kit;

import dev.apikata.course.Language;
import dev.apikata.course.TextBundle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every text the kit prints, in Japanese and English, read from {@code dev/apikata/kit/messages*.properties}
 * (UTF-8). Patterns use {@link java.text.MessageFormat}: {@code {0}} for arguments, {@code ''} for an apostrophe.
 */
public final class Messages {

    /** The bundle's base name; picocli's help texts live in it too. */
    public static final String BUNDLE = "dev.apikata.kit.messages";

    private final TextBundle texts;

    private Messages(TextBundle texts) {
        this.texts = texts;
    }

    public static Messages in(Language language) {
        return new Messages(TextBundle.of(BUNDLE, language, Messages.class));
    }

    public static Locale locale(Language language) {
        return TextBundle.locale(language);
    }

    public Language language() {
        return texts.language();
    }

    public Locale locale() {
        return locale(language());
    }

    public ResourceBundle bundle() {
        return texts.bundle();
    }

    /** The text for {@code key}, with {@code arguments} filled in. */
    public String get(String key, Object... arguments) {
        return texts.get(key, arguments);
    }
}
