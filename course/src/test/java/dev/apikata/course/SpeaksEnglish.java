package dev.apikata.course;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Makes the course speak English during a test, whatever the machine's locale, and forgets it after. */
final class SpeaksEnglish implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        System.setProperty(Language.SYSTEM_PROPERTY, "en");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.clearProperty(Language.SYSTEM_PROPERTY);
    }
}
