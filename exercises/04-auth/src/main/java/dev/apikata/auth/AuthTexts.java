package dev.apikata.auth;

import dev.apikata.course.Language;
import dev.apikata.course.TextBundle;

/** The sentences this module says to a person, in the learner's language ({@code messages*.properties}). */
final class AuthTexts {

    private AuthTexts() {
    }

    static String missingVariable(String variable) {
        return TextBundle.of("dev.apikata.auth.messages", Language.detect(), AuthTexts.class).get("missingVariable", variable);
    }
}
