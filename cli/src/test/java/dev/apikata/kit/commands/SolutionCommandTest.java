package dev.apikata.kit.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.KitInvocation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolutionCommandTest {

    @TempDir
    Path dir;

    @Test
    void showsTheSolutionFilesOnceTheModulePasses() {
        FixtureProject fixture = FixtureProject.create(dir).solveGreetings();

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "solution", "01-greetings");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(kit.out()).contains("==> " + Path.of(FixtureProject.GREETER_SOLUTION) + " <==",
                "return \"Hello, \" + name + \"!\";");
        assertThat(kit.err()).isEmpty();
    }

    @Test
    void refusesBeforeTheModulePasses() {
        FixtureProject fixture = FixtureProject.create(dir);

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "solution", "01");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.NOT_PASSING);
        assertThat(kit.out()).isEmpty();
        assertThat(kit.err()).contains("not finished yet (0/2 tasks done)", "./kit solution 01 --force");
    }

    @Test
    void showsItEarlyWithForceAfterAWarning() {
        FixtureProject fixture = FixtureProject.create(dir);

        KitInvocation kit = KitInvocation.run(Language.JA, fixture.root(), "solution", "01.2", "--force");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(kit.err()).contains("注意: モジュール 01-greetings はまだ完了していません");
        assertThat(kit.out()).contains("return a + b;");
    }

    @Test
    void aLearnerCopySaysItHasNoSolutions() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir).solveGreetings();
        Files.move(fixture.path("solutions"), dir.resolve("instructor-only"));

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "solution", "01");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(kit.err()).contains("has no reference solutions", "solutions/01-greetings");
    }
}
