package dev.apikata.course;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The two languages every learner-facing text of apikata exists in. */
public enum Language {
    JA,
    EN;

    /** Environment variable that overrides the system locale, e.g. {@code KIT_LANG=en}. */
    public static final String ENV_VARIABLE = "KIT_LANG";

    /** System property with the same meaning, for runners that cannot set the environment. */
    public static final String SYSTEM_PROPERTY = "apikata.lang";

    /**
     * The language to speak to this learner: {@code apikata.lang}, then {@code KIT_LANG}, then the
     * system locale (Japanese for a {@code ja} locale, English otherwise).
     */
    public static Language detect() {
        return detect(System.getenv(), System.getProperty(SYSTEM_PROPERTY), Locale.getDefault());
    }

    static Language detect(Map<String, String> environment, String property, Locale locale) {
        return parse(property)
                .or(() -> parse(environment.get(ENV_VARIABLE)))
                .orElse("ja".equals(locale.getLanguage()) ? JA : EN);
    }

    /** Reads {@code ja}, {@code en}, or a locale-like value such as {@code ja_JP.UTF-8}. */
    public static Optional<Language> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String code = value.trim().toLowerCase(Locale.ROOT);
        if (code.startsWith("ja")) {
            return Optional.of(JA);
        }
        if (code.startsWith("en")) {
            return Optional.of(EN);
        }
        return Optional.empty();
    }

    /** The folder name of this language's chapters, {@code ja} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
