package dev.apikata.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void systemPropertyWinsOverEnvironmentAndLocale() {
        assertThat(Language.detect(Map.of("KIT_LANG", "ja"), "en", Locale.JAPAN)).isEqualTo(Language.EN);
    }

    @Test
    void environmentWinsOverLocale() {
        assertThat(Language.detect(Map.of("KIT_LANG", "ja_JP.UTF-8"), null, Locale.US)).isEqualTo(Language.JA);
    }

    @Test
    void localeDecidesWhenNothingIsSet() {
        assertThat(Language.detect(Map.of(), null, Locale.JAPAN)).isEqualTo(Language.JA);
        assertThat(Language.detect(Map.of(), null, Locale.GERMANY)).isEqualTo(Language.EN);
    }

    @Test
    void unknownValuesAreIgnored() {
        assertThat(Language.parse("fr")).isEmpty();
        assertThat(Language.parse("  ")).isEmpty();
        assertThat(Language.detect(Map.of("KIT_LANG", "fr"), "", Locale.JAPAN)).isEqualTo(Language.JA);
    }

    @Test
    void codeIsTheChapterFolder() {
        assertThat(Language.JA.code()).isEqualTo("ja");
        assertThat(Language.EN.code()).isEqualTo("en");
    }
}
