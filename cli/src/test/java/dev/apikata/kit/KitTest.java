package dev.apikata.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KitTest {

    @TempDir
    Path dir;

    @Test
    void theLanguageOptionIsReadBeforeParsingSoTheHelpSpeaksIt() {
        assertThat(Kit.languageOf("--lang", "ja", "list")).isEqualTo(Language.JA);
        assertThat(Kit.languageOf("--lang=en", "hint")).isEqualTo(Language.EN);
    }

    @Test
    void helpIsInTheChosenLanguage() {
        assertThat(help(Language.JA)).contains("使い方: kit", "コマンド:", "メッセージの言語");
        assertThat(help(Language.EN)).contains("Usage: kit", "Commands:", "Language of the messages");
    }

    @Test
    void everyMessageExistsInBothLanguages() {
        var english = Messages.in(Language.EN).bundle();
        var japanese = Messages.in(Language.JA).bundle();

        assertThat(japanese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(Messages.in(Language.JA).get("list.total")).isEqualTo("合計");
        assertThat(Messages.in(Language.EN).get("list.total")).isEqualTo("total");
    }

    @Test
    void outsideAProjectTheLearnerIsToldWhatToDo() {
        KitInvocation kit = KitInvocation.run(Language.EN, dir, "list");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(kit.err()).contains("No apikata project here", "--project <dir>");
    }

    @Test
    void aMistypedCommandIsAnsweredInTheLearnersLanguageWithTheLikelyCommand() {
        KitInvocation kit = KitInvocation.run(Language.JA, dir, "lists");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(kit.err()).contains("余分な引数があります: 'lists'", "もしかして: ./kit list",
                "使い方は ./kit --help で確認できます。").doesNotContain("Unmatched", "Usage");
    }

    @Test
    void anUnknownOptionNamesTheSubcommandsHelp() {
        KitInvocation kit = KitInvocation.run(Language.JA, dir, "list", "--jsno");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(kit.err()).contains("そのようなオプションはありません: '--jsno'", "もしかして: --json",
                "使い方は ./kit list --help で確認できます。").doesNotContain("Unknown option");
    }

    @Test
    void aWrongOrMissingValueSaysWhatTheOptionTakes() {
        KitInvocation wrong = KitInvocation.run(Language.EN, dir, "--lang", "fr");
        KitInvocation missing = KitInvocation.run(Language.JA, dir, "hint", "01.1", "02.1");

        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("Invalid value for --lang: fr (it takes: ja, en)", "./kit --help shows how to use it.");
        assertThat(missing.err()).contains("余分な引数があります: '02.1'", "./kit hint --help");
    }

    @Test
    void serveSpeaksTheSameWayAboutItsOwnOptions() {
        KitInvocation kit = KitInvocation.run(Language.JA, dir, "serve", "--prot", "9000");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(kit.err()).contains("そのようなオプションはありません: '--prot'", "./kit serve --help")
                .doesNotContain("Unknown option");
    }

    private static String help(Language language) {
        CommandLine kit = Kit.commandLine(language, SharedRunner.get());
        StringWriter out = new StringWriter();
        kit.setOut(new PrintWriter(out, true));
        kit.execute("--help");
        return out.toString();
    }
}
