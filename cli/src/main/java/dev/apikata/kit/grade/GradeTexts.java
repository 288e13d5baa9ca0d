package dev.apikata.kit.grade;

import dev.apikata.course.Language;
import dev.apikata.course.TextBundle;

/** The texts of {@code kit grade} and {@code kit dist}, in one language. */
final class GradeTexts {

    private final TextBundle bundle;

    private GradeTexts(TextBundle bundle) {
        this.bundle = bundle;
    }

    static GradeTexts in(Language language) {
        return new GradeTexts(TextBundle.of("dev.apikata.kit.grade.messages", language, GradeTexts.class));
    }

    Language language() {
        return bundle.language();
    }

    String get(String key, Object... arguments) {
        return bundle.get(key, arguments);
    }
}
