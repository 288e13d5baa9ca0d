package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.Kit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kit watch} without a terminal, through the real kit command and the in-process runner. */
class WatchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kit(Language language, String... args) {
        CommandLine kit = Kit.commandLine(language);
        kit.setOut(new PrintWriter(out, true));
        kit.setErr(new PrintWriter(err, true));
        return kit.execute(args);
    }

    @Test
    @DisplayName("kit with no subcommand and no terminal prints the status once and exits 1 while a task fails")
    void noTerminalFailing() throws Exception {
        CalcFixture.create(dir);

        int exit = kit(Language.EN, "--project", dir.toString(), "--lang", "en");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .contains("apikata watch — 01 Adding up")
                .contains("Task 01.1  Add two numbers")
                .contains("Read: chapters/en/01-calc.md#add")
                .contains("> ✗ 01.1").contains("  ✓ 01.2")
                .contains("Task 01.1 \"Add two numbers\" is not done yet.")
                .contains("1 of 2 tasks pass.")
                .doesNotContain("\u001b[");
    }

    @Test
    @DisplayName("kit watch --once exits 0 once every task passes, in Japanese")
    void noTerminalPassing() throws Exception {
        Path stub = CalcFixture.create(dir);
        Files.writeString(stub, CalcFixture.SOLVED);

        int exit = kit(Language.JA, "--project", dir.toString(), "--lang", "ja", "watch", "--once");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("コースのタスクがすべて合格しました。").contains("2 タスク中 2 タスクが合格しています。");
    }

    @Test
    @DisplayName("a compile error names the file and line")
    void compileError() throws Exception {
        Path stub = CalcFixture.create(dir);
        Files.writeString(stub, CalcFixture.BROKEN);

        int exit = kit(Language.EN, "--project", dir.toString(), "--lang", "en", "watch", "--once");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("Module 01-calc does not compile:").contains("Calc.java:5");
    }

    @Test
    @DisplayName("a project without tasks is named, with what it lacks")
    void noTasks() throws Exception {
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(dir.resolve("exercises"));

        int exit = kit(Language.EN, "--project", dir.toString(), "--lang", "en", "watch", "--once");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("No exercise module with tasks under");
    }
}
