package dev.apikata.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The serve command's banner, help and usage errors, in the learner's language. */
class ServeCommandTest {

    /** Hiragana, katakana or kanji: a line a Japanese reader can read, not English left behind. */
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    private static final List<String> ENGLISH_GROUP_NAMES = List.of("JSONPlaceholder resources", "Infrastructure resources",
            "Teaching endpoints", "Auth (dev-only credentials)", "Kit control");

    private static String banner(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        StringWriter text = new StringWriter();
        try (MockApi api = command.start(new PrintWriter(text), CliMessages.in(command.lang))) {
            assertThat(text.toString()).contains(api.baseUrl().toString(), api.journalUrl().toString());
        }
        return text.toString();
    }

    /** Exit code, standard output and standard error of one run of the command (help and errors return at once). */
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MockServerMain.command().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    @DisplayName("the banner names the base URL, the groups and the journal, in English")
    void englishBanner() {
        String banner = banner("--port", "0", "--lang", "en");

        assertThat(banner).contains("Base URL:", "http://127.0.0.1:", "Request journal:", "Ctrl-C", "/__kit/openapi.yaml")
                .contains(ENGLISH_GROUP_NAMES);
        assertThat(banner.lines()).noneMatch(line -> JAPANESE.matcher(line).find());
    }

    @Test
    @DisplayName("every line of the banner is in Japanese with --lang ja, the resource group names too")
    void japaneseBanner() {
        String banner = banner("--port", "0", "--lang", "ja", "--fake-writes");

        assertThat(banner).contains("ベース URL:", "リクエスト履歴", "Ctrl-C", "疑似モード", "教材用エンドポイント", "認証（開発用の認証情報）");
        assertThat(banner.lines()).as(banner).allMatch(line -> JAPANESE.matcher(line).find());
        assertThat(banner).doesNotContain(ENGLISH_GROUP_NAMES);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("every resource group has a name in both languages")
    void everyGroupIsNamedInEachLanguage(Language language) {
        CliMessages messages = CliMessages.in(language);
        try (MockApi api = MockApi.start(MockApiOptions.defaults().withPort(0))) {
            assertThat(api.groups()).isNotEmpty().allSatisfy(group -> assertThat(messages.get("group." + group.id())).isNotBlank());
        }
    }

    @Test
    @DisplayName("--lang on the command line decides, in either spelling; without it the kit's detection does")
    void languageOfTheArguments() {
        assertThat(CliMessages.languageOf(new String[] {"--port", "0", "--lang", "ja"})).contains(Language.JA);
        assertThat(CliMessages.languageOf(new String[] {"--lang=en", "--port", "0"})).contains(Language.EN);
        assertThat(CliMessages.languageOf(new String[] {"--lang=ja_JP.UTF-8"})).contains(Language.JA);
        assertThat(CliMessages.languageOf(new String[] {"--port", "0"})).isEmpty();
    }

    @Test
    @DisplayName("--help in Japanese: the description, every option and the headings")
    void japaneseHelp() {
        Run help = run("--help", "--lang", "ja");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("使い方:", "オプション:", "練習用 API", "待ち受けるポート", "待ち受けるアドレス",
                "データは保存しません", "リクエスト履歴に残す", "メッセージの言語", "このヘルプを表示", "バージョンを表示");
        assertThat(help.out()).doesNotContain("Usage:", "Options:", "Port to listen on", "Show this help");
    }

    @Test
    @DisplayName("--help in English: the description, every option and the headings")
    void englishHelp() {
        Run help = run("--lang=en", "-h");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage:", "Options:", "practice API", "Port to listen on", "Address to listen on",
                "store nothing", "recent requests", "Language of the messages", "Show this help", "Show the version");
        assertThat(help.out().lines()).noneMatch(line -> JAPANESE.matcher(line).find());
    }

    @Test
    @DisplayName("an unknown option is named in Japanese with a suggestion, not picocli's English")
    void unknownOptionInJapanese() {
        Run bad = run("--lang", "ja", "--prot", "0");

        assertThat(bad.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(bad.err()).contains("「--prot」というオプションはありません。", "--port のことですか？", "apikata-mock-server --help")
                .doesNotContain("Unknown option", "Unmatched argument", "Usage:");
    }

    @Test
    @DisplayName("an unknown option in English, with a suggestion and where to look")
    void unknownOptionInEnglish() {
        Run bad = run("--lang=en", "--fake-write");

        assertThat(bad.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(bad.err()).contains("There is no option '--fake-write'.", "Did you mean --fake-writes?", "--help lists the options");
    }

    @Test
    @DisplayName("a typo is one edit away: swapped, missing, extra or wrong letters")
    void typoDistance() {
        assertThat(UsageErrors.typoDistance("--prot", "--port")).isEqualTo(1);
        assertThat(UsageErrors.typoDistance("--hots", "--host")).isEqualTo(1);
        assertThat(UsageErrors.typoDistance("--lan", "--lang")).isEqualTo(1);
        assertThat(UsageErrors.typoDistance("--porrt", "--port")).isEqualTo(1);
        assertThat(UsageErrors.typoDistance("--verbose", "--port")).isGreaterThan(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "70000", "-1"})
    @DisplayName("a port that is not one is a usage error in Japanese, not a stack trace")
    void badPortInJapanese(String port) {
        Run bad = run("--lang", "ja", "--port", port);

        assertThat(bad.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(bad.err()).contains(port, "0〜65535").doesNotContain("Exception", "at dev.apikata", "Invalid value");
    }

    @Test
    @DisplayName("an impossible journal size is a usage error, not a stack trace")
    void badJournalSize() {
        Run bad = run("--lang", "en", "--port", "0", "--journal-size", "0");

        assertThat(bad.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(bad.err()).contains("--journal-size must be 1 or more, not 0.").doesNotContain("at dev.apikata");
    }

    @Test
    @DisplayName("a missing value and an unknown language are explained in the language asked for")
    void missingValueAndUnknownLanguage() {
        Run missing = run("--lang", "ja", "--port");
        Run french = run("--lang", "fr");

        assertThat(missing.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(missing.err()).contains("オプション --port には値が必要です。");
        assertThat(french.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(french.err()).containsAnyOf("「fr」は --lang の値として使えません。ja か en を指定してください。",
                "'fr' is not a valid value for --lang: give ja or en.");
    }

    @Test
    @DisplayName("an argument that is no option is named, whatever else is on the line")
    void strayArgument() {
        Run bad = run("8080", "--lang", "en");

        assertThat(bad.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(bad.err()).contains("'8080' is not an option");
        assertThat(Arrays.stream(bad.err().split("\n"))).hasSize(2);
    }
}
