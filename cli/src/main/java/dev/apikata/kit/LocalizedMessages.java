package dev.apikata.kit;

import dev.apikata.course.Language;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of one kit command in the learner's language, from
 * {@code <bundle>_ja.properties} / {@code <bundle>_en.properties} (UTF-8). Placeholders are
 * {@code {0}}, {@code {1}}, … and nothing else is special, so apostrophes need no escaping.
 */
public final class LocalizedMessages {

    private final ResourceBundle bundle;
    private final Language language;

    private LocalizedMessages(ResourceBundle bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
    }

    public static LocalizedMessages load(String bundleName, Language language) {
        Locale locale = language == Language.JA ? Locale.JAPANESE : Locale.ENGLISH;
        // No fallback to the system locale: an English learner on a Japanese machine asked for English.
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale,
                LocalizedMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new LocalizedMessages(bundle, language);
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
