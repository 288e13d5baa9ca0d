package dev.apikata.chapters;

import dev.apikata.course.Language;

/** The chapters in {@code chapters/ja} and {@code README.ja.md}. */
class JapaneseDocTest extends DocTestSuite {

    @Override
    Language language() {
        return Language.JA;
    }
}
