package dev.apikata.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

    private static String banner(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        StringWriter text = new StringWriter();
        try (MockApi api = command.start(new PrintWriter(text), CliMessages.forLanguage(command.lang))) {
            assertThat(text.toString()).contains(api.baseUrl().toString(), api.journalUrl().toString());
        }
        return text.toString();
    }

    @Test
    @DisplayName("the banner names the base URL, the groups and the journal, in English")
    void englishBanner() {
        String banner = banner("--port", "0", "--lang", "en");

        assertThat(banner).contains("Base URL:", "http://127.0.0.1:", "Request journal:", "JSONPlaceholder resources", "Ctrl-C");
    }

    @Test
    @DisplayName("the banner is in Japanese with --lang ja, and mentions fake writes when on")
    void japaneseBanner() {
        String banner = banner("--port", "0", "--lang", "ja", "--fake-writes");

        assertThat(banner).contains("ベース URL:", "リクエスト履歴", "Ctrl-C", "疑似モード");
    }

    @Test
    @DisplayName("the language comes from --lang, else KIT_LANG, else the locale")
    void languageChoice() {
        assertThat(CliMessages.resolveLanguage("ja", "en", Locale.ENGLISH)).isEqualTo("ja");
        assertThat(CliMessages.resolveLanguage(null, "ja_JP.UTF-8", Locale.ENGLISH)).isEqualTo("ja");
        assertThat(CliMessages.resolveLanguage(null, null, Locale.JAPAN)).isEqualTo("ja");
        assertThat(CliMessages.resolveLanguage(null, "", Locale.GERMANY)).isEqualTo("en");
    }

    @Test
    @DisplayName("an impossible option value is a usage error, not a stack trace")
    void badOptionValue() {
        StringWriter err = new StringWriter();

        int exit = MockServerMain.command().setErr(new PrintWriter(err)).execute("--port", "0", "--journal-size", "0");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("journalSize must be at least 1").doesNotContain("at dev.apikata");
    }
}
