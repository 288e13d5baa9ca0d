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

class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneGreenRowPerModuleAndExitsZero() {
        FixtureProject fixture = FixtureProject.create(dir);

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "check");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(kit.out().lines()).element(0).asString()
                .contains("module", "stubs compile", "fail on stubs", "pass on solutions", "same API", "tasks have tests",
                        "mistakes caught");
        assertThat(kit.out()).containsPattern("01-greetings +ok +ok 3/3 +ok 3/3 +ok 1\\+3 +ok 2/2 +ok 2/2")
                .containsPattern("02-counting +ok +ok 1/1 +ok 1/1")
                .contains("All invariants hold in 2 module(s).");
        assertThat(kit.err()).contains("Checking 01-greetings");
    }

    @Test
    void showsEachBreachUnderItsModuleAndExitsNonZero() {
        FixtureProject fixture = FixtureProject.create(dir)
                .replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a + b;");

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "check");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.NOT_PASSING);
        assertThat(kit.out()).containsPattern("01-greetings +ok +FAIL 2/3")
                .contains("fail on stubs: passes on the untouched stubs: GreeterTest > adds two numbers")
                .contains("1 of 2 module(s) breach an invariant.");
    }

    @Test
    void aLearnersSolvedTasksAreNotABrokenCourseTheStubsAsHandedOutAreChecked() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir);
        Git.commitAll(dir, "the course as handed out");
        fixture.solveGreetings();

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "check", "01");

        assertThat(kit.exitCode()).as(kit.out()).isEqualTo(ExitCodes.OK);
        assertThat(kit.out()).containsPattern("01-greetings +ok +ok 3/3 +ok 3/3")
                .contains("Your own code was left alone: 1 file(s) where you solved tasks were checked as handed out (from git): "
                        + Path.of(FixtureProject.GREETER_STUB))
                .doesNotContain("FAIL", "breach");
        assertThat(fixture.read(FixtureProject.GREETER_STUB)).as("the learner's code").doesNotContain("NotDoneYet.task");
    }

    @Test
    void aMaintainersEditThatKeepsTheMarkersIsCheckedAsItIs() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir);
        Git.commitAll(dir, "the course");
        fixture.replace(FixtureProject.GREETER_STUB, "public int add(int a, int b) {", "public int add(int a, int b, int c) {");

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "check", "01");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.NOT_PASSING);
        assertThat(kit.out()).contains("stubs compile: compile error").doesNotContain("left alone");
    }

    @Test
    void aLearnerCopyIsToldThatCheckIsAMaintainerCommand() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir).solveGreetings();
        Files.move(fixture.path("solutions"), dir.resolve("instructor-only"));

        KitInvocation kit = KitInvocation.run(Language.JA, fixture.root(), "check");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(kit.out()).isEmpty();
        assertThat(kit.err()).contains("kit check はコースの保守担当者向けのコマンドです", "./kit list")
                .doesNotContain("不変条件が破れています");
    }

    @Test
    void withoutGitAPassingStubIsExplainedForALearner() {
        FixtureProject fixture = FixtureProject.create(dir).solveGreetings();

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "check", "01");

        assertThat(kit.out()).contains("If you solved these tasks yourself, this is expected");
    }

    @Test
    void checksOnlyTheNamedModulesInJapanese() {
        FixtureProject fixture = FixtureProject.create(dir);

        KitInvocation kit = KitInvocation.run(Language.JA, fixture.root(), "check", "02");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(kit.out()).contains("モジュール", "スタブで失敗", "02-counting").doesNotContain("01-greetings")
                .contains("1 個のモジュールすべてで、不変条件が成り立っています。");
    }

    @Test
    void anUnknownModuleIsAClearError() {
        FixtureProject fixture = FixtureProject.create(dir);

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "check", "07");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(kit.err()).contains("There is no module \"07\"", "01-greetings, 02-counting");
    }

    @Test
    void modulesCheckedAtOnceGiveTheSameReportInCourseOrder() {
        FixtureProject fixture = FixtureProject.create(dir)
                .replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a + b;");

        KitInvocation oneAtATime = KitInvocation.run(Language.EN, fixture.root(), "check", "--jobs", "1");
        KitInvocation twoAtATime = KitInvocation.run(Language.EN, fixture.root(), "check", "--jobs", "2");

        assertThat(twoAtATime.exitCode()).isEqualTo(ExitCodes.NOT_PASSING);
        assertThat(twoAtATime.out()).isEqualTo(oneAtATime.out());
        assertThat(twoAtATime.out().indexOf("01-greetings")).isLessThan(twoAtATime.out().indexOf("02-counting"));
        assertThat(twoAtATime.err()).contains("Checking 01-greetings", "Checking 02-counting");
    }

    @Test
    void jobsBelowOneIsAClearError() {
        FixtureProject fixture = FixtureProject.create(dir);

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "check", "--jobs", "0");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(kit.err()).contains("--jobs must be 1 or more, not 0.");
    }
}
