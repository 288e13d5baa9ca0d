package dev.apikata.kit.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.Git;
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

        KitInvocation kit = KitInvocation.run(Language.JA, fixture.root(), "solution", "01", "--force");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(kit.err()).contains("注意: モジュール 01-greetings はまだ完了していません");
        assertThat(kit.out()).contains("return a + b;");
    }

    @Test
    void aTaskThatPassesShowsItsReferenceMethodsBesideTheLearnersOwn() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir);
        Git.commitAll(dir, "the course as handed out");
        fixture.replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.1\");",
                "String greeting = \"Hello, \" + name;\n        return greeting + \"!\";");

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "solution", "01.1");

        assertThat(kit.exitCode()).as(kit.err()).isEqualTo(ExitCodes.OK);
        assertThat(kit.out()).contains("Task 01.1 \"Greet by name\": your code (-) and the reference solution (+)",
                        "--- yours:     " + Path.of(FixtureProject.GREETER_STUB),
                        "+++ reference: " + Path.of(FixtureProject.GREETER_SOLUTION), "@@ Greeter.greet @@",
                        "-         String greeting = \"Hello, \" + name;",
                        "+         return \"Hello, \" + name + \"!\";",
                        "  public String greet(String name) {")
                // Only the task's own method: not task 01.2's add, not the whole file.
                .doesNotContain("add(int a, int b)").doesNotContain("==>");
    }

    @Test
    void aTaskThatDoesNotPassYetIsRefusedWithTheHintCommand() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir);
        Git.commitAll(dir, "the course as handed out");

        KitInvocation kit = KitInvocation.run(Language.JA, fixture.root(), "solution", "01.1");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.NOT_PASSING);
        assertThat(kit.out()).isEmpty();
        assertThat(kit.err()).contains("タスク 01.1 はまだ合格していません（合格したテスト: 0/2）", "./kit hint 01.1",
                "./kit solution 01.1 --force");
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
