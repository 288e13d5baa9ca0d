package dev.apikata.mock;

import dev.apikata.course.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The serve command's messages and help in Japanese or English, chosen as everywhere in the kit
 * ({@link Language}): {@code --lang}, else {@code apikata.lang}, else KIT_LANG, else the locale.
 */
final class CliMessages {

    static final String BUNDLE = "dev.apikata.mock.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private CliMessages(Language language) {
        this.locale = Locale.forLanguageTag(language.code());
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static CliMessages in(Language language) {
        return new CliMessages(language);
    }

    /** The language of a command line not parsed yet (or that failed to parse): its {@code --lang}, else the kit's detection. */
    static CliMessages forArguments(String[] args) {
        return in(languageOf(args).orElseGet(Language::detect));
    }

    static Optional<Language> languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) {
                return Language.parse(args[i].substring("--lang=".length()));
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Language.parse(args[i + 1]);
            }
        }
        return Optional.empty();
    }

    Locale locale() {
        return locale;
    }

    /** The bundle picocli reads the help from. */
    ResourceBundle bundle() {
        return bundle;
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
