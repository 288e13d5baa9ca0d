package dev.apikata.kit.commands;

import static dev.apikata.kit.FixtureProject.GREETER_STUB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.Git;
import dev.apikata.kit.KitInvocation;
import dev.apikata.kit.SharedRunner;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResetCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTaskGetsItsOriginalMethodsBackAndTheRestOfTheFileStays() throws Exception {
        FixtureProject fixture = committedFixture().solveGreetings();

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "reset", "01.2");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(fixture.read(GREETER_STUB)).contains("throw NotDoneYet.task(\"01.2\");", "return \"Hello, \" + name + \"!\";");
        List<Path> backups = backups(fixture);
        assertThat(backups).hasSize(1);
        assertThat(Files.readString(backups.get(0))).contains("return a + b;");
        assertThat(kit.out()).contains("Reset 01.2: 1 file(s) changed.", "the methods of task 01.2 are the original stub again",
                "your version: " + Path.of(GREETER_STUB).getParent().resolve(backups.get(0).getFileName()));
        // The learner's file had no NotDoneYet import (it was all solved): the reset brings it back, so the module compiles.
        RunResult after = SharedRunner.get().run(fixture.module("01"), Implementation.STUBS);
        assertThat(after.compiled()).isTrue();
        assertThat(after.task("01.1").orElseThrow().done()).as("01.1 kept").isTrue();
        assertThat(after.task("01.2").orElseThrow().done()).as("01.2 reset").isFalse();
    }

    @Test
    void theBackupsAreIgnoredByTheProjectsGitignore() throws Exception {
        Path projectRoot = Path.of(System.getProperty("apikata.projectRoot", "..")).toAbsolutePath().normalize();
        Files.copy(projectRoot.resolve(".gitignore"), dir.resolve(".gitignore"));
        FixtureProject fixture = committedFixture().solveGreetings();

        KitInvocation.run(Language.EN, fixture.root(), "reset", "01.2");

        assertThat(backups(fixture)).hasSize(1);
        assertThat(Git.output(fixture.root(), "status", "--porcelain")).as("git status after kit reset")
                .isEqualToIgnoringNewLines(" M " + GREETER_STUB.replace('\\', '/'));
    }

    @Test
    void aModuleGetsEveryStubFileBackEvenAfterTheLearnerCommittedTheirWork() throws Exception {
        FixtureProject fixture = committedFixture().solveGreetings();
        Git.run(fixture.root(), "commit", "-q", "-am", "my solution");

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "reset", "01-greetings");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(fixture.read(GREETER_STUB)).isEqualTo(FixtureProject.GREETER_STUB_SOURCE);
        assertThat(kit.out()).contains("the whole file is the original stub again");
        assertThat(backups(fixture)).hasSize(1);
    }

    @Test
    void anUntouchedFileIsLeftAloneWithoutABackup() throws Exception {
        FixtureProject fixture = committedFixture();

        KitInvocation kit = KitInvocation.run(Language.JA, fixture.root(), "reset", "01");

        assertThat(kit.out()).contains("元のままなので変更していません", "変更したファイル: 0 個");
        assertThat(backups(fixture)).isEmpty();
    }

    @Test
    void aFileThatNoLongerParsesIsRestoredWhole() throws Exception {
        FixtureProject fixture = committedFixture()
                .replace(GREETER_STUB, "throw NotDoneYet.task(\"01.1\");", "return \"Hello, \" + name;")
                .replace(GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a +");

        KitInvocation.run(Language.EN, fixture.root(), "reset", "01.2");

        assertThat(fixture.read(GREETER_STUB)).isEqualTo(FixtureProject.GREETER_STUB_SOURCE);
        assertThat(backups(fixture)).hasSize(1);
    }

    @Test
    void withoutGitItSaysWhyItCannotReset() {
        FixtureProject fixture = FixtureProject.create(dir).solveGreetings();

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "reset", "01.1");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(kit.err()).contains("not a git checkout");
        assertThat(fixture.read(GREETER_STUB)).isEqualTo(FixtureProject.GREETER_SOLUTION_SOURCE);
    }

    private FixtureProject committedFixture() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir);
        Git.commitAll(dir, "the course as handed out");
        return fixture;
    }

    private static List<Path> backups(FixtureProject fixture) throws IOException {
        try (Stream<Path> files = Files.walk(fixture.path("exercises"))) {
            return files.filter(file -> file.getFileName().toString().contains(".bak-")).toList();
        }
    }
}
