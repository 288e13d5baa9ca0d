package dev.apikata.course;

import java.util.Objects;

/** A text in Japanese and in English; the manifest writes it as {@code { ja: "…", en: "…" }}. */
public record Localized(String ja, String en) {

    public Localized {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.JA ? ja : en;
    }
}
