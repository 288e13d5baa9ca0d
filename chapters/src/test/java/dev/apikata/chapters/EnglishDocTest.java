package dev.apikata.chapters;

import dev.apikata.course.Language;

/** The chapters in {@code chapters/en} and the English READMEs. */
class EnglishDocTest extends DocTestSuite {

    @Override
    Language language() {
        return Language.EN;
    }
}
