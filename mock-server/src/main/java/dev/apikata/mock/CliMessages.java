package dev.apikata.mock;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's messages in Japanese or English: {@code --lang}, else KIT_LANG, else the locale. */
final class CliMessages {

    private final ResourceBundle bundle;
    private final Locale locale;

    private CliMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dev.apikata.mock.messages", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static CliMessages forLanguage(String lang) {
        return new CliMessages(Locale.forLanguageTag(resolveLanguage(lang, System.getenv("KIT_LANG"), Locale.getDefault())));
    }

    /** ja or en: the explicit choice, else KIT_LANG, else the system locale; anything else is English. */
    static String resolveLanguage(String explicit, String kitLang, Locale systemLocale) {
        for (String candidate : new String[] {explicit, kitLang}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim().toLowerCase(Locale.ROOT).startsWith("ja") ? "ja" : "en";
            }
        }
        return systemLocale.getLanguage().equals("ja") ? "ja" : "en";
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
