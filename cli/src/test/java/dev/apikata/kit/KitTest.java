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

    private static String help(Language language) {
        CommandLine kit = Kit.commandLine(language, SharedRunner.get());
        StringWriter out = new StringWriter();
        kit.setOut(new PrintWriter(out, true));
        kit.execute("--help");
        return out.toString();
    }
}
