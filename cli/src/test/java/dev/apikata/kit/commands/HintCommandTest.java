package dev.apikata.kit.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.KitInvocation;
import dev.apikata.kit.progress.ProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HintCommandTest {

    @TempDir
    Path dir;

    @Test
    void givesTheFirstHintOfTheCurrentTask() {
        FixtureProject fixture = FixtureProject.create(dir);

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "hint");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(kit.out()).contains("Task 01.1 \"Greet by name\"", "Hint 1/2: Concatenate strings.",
                "Run ./kit hint 01.1 again", "Read: chapters/en/01-greetings.md#greet").doesNotContain("Hint 2/2");
    }

    @Test
    void eachCallGoesOneHintFurtherAndStopsAtTheLast() {
        FixtureProject fixture = FixtureProject.create(dir);
        KitInvocation.run(Language.EN, fixture.root(), "hint", "01.1");

        KitInvocation second = KitInvocation.run(Language.EN, fixture.root(), "hint", "01.1");
        KitInvocation third = KitInvocation.run(Language.EN, fixture.root(), "hint", "01.1");

        assertThat(second.out()).contains("Hint 1/2:", "Hint 2/2: Return \"Hello, \" + name + \"!\".",
                "That was the last hint. Once task 01.1 passes, ./kit solution 01.1 shows the reference solution");
        assertThat(third.out()).isEqualTo(second.out());
        assertThat(ProgressStore.in(fixture.root()).load().hintLevel("01.1")).isEqualTo(2);
    }

    @Test
    void theLastHintOfATaskThatPassesSaysSo() {
        FixtureProject fixture = FixtureProject.create(dir)
                .replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a + b;");

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "hint", "01.2");

        assertThat(kit.out()).contains("That was the last hint, and task 01.2 passes already: ./kit solution 01.2")
                .doesNotContain("Once task");
    }

    @Test
    void theCurrentTaskMovesOnOnceItsTestsPass() {
        FixtureProject fixture = FixtureProject.create(dir)
                .replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.1\");", "return \"Hello, \" + name + \"!\";");

        KitInvocation kit = KitInvocation.run(Language.JA, fixture.root(), "hint");

        assertThat(kit.out()).contains("タスク 01.2「足し算」", "ヒント 1/1: + を使います。", "これが最後のヒントです。");
    }

    @Test
    void aLearnerWhoMakesAKnownMistakeReadsItsExplanationBeforeTheHints() {
        FixtureProject fixture = FixtureProject.create(dir)
                .replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.1\");", "return \"Hello, \" + name;");

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "hint");

        assertThat(kit.out()).contains("Task 01.1 \"Greet by name\"",
                "This looks like a known mistake: The exclamation mark is missing.",
                "About it: chapters/en/01-greetings.md#greet", "Hint 1/2:");
        assertThat(kit.out().indexOf("known mistake")).isLessThan(kit.out().indexOf("Hint 1/2"));
    }

    @Test
    void aNamedTaskIsMatchedAgainstKnownMistakesToo() {
        FixtureProject fixture = FixtureProject.create(dir)
                .replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a - b;");

        KitInvocation kit = KitInvocation.run(Language.JA, fixture.root(), "hint", "01.2");

        assertThat(kit.out()).contains("よくある間違いのようです: 引き算になっています。", "ヒント 1/1:");
    }

    @Test
    void otherFailuresAreNotMistakenForAKnownMistake() {
        FixtureProject fixture = FixtureProject.create(dir)
                .replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.1\");",
                        "return name.equals(\"Ann\") ? \"Hello, Ann!\" : \"Hello!\";");

        KitInvocation untouched = KitInvocation.run(Language.EN, FixtureProject.create(dir.resolve("fresh")).root(), "hint");
        KitInvocation other = KitInvocation.run(Language.EN, fixture.root(), "hint");

        assertThat(untouched.out()).doesNotContain("known mistake");
        assertThat(other.out()).contains("Hint 1/2:").doesNotContain("known mistake");
    }

    @Test
    void deletingTheProgressFileStartsTheHintsOver() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir);
        KitInvocation.run(Language.EN, fixture.root(), "hint", "01.1");
        Files.delete(ProgressStore.in(fixture.root()).file());

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "hint", "01.1");

        assertThat(kit.out()).contains("Hint 1/2:").doesNotContain("Hint 2/2:");
    }

    @Test
    void aModuleThatDoesNotCompileSaysSoBeforeTheHint() {
        FixtureProject fixture = FixtureProject.create(dir)
                .replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a + ;");

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "hint");

        assertThat(kit.out()).contains("01-greetings does not compile yet, so none of its tasks can pass: "
                + Path.of(FixtureProject.GREETER_STUB) + ":15:").contains("Hint 1/2:");
    }

    @Test
    void anUnknownTaskIsAClearError() {
        FixtureProject fixture = FixtureProject.create(dir);

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "hint", "01.7");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(kit.err()).contains("There is no task \"01.7\"");
    }

    @Test
    void saysSoWhenEverythingPasses() {
        FixtureProject fixture = FixtureProject.create(dir).solveGreetings();
        fixture.write(FixtureProject.COUNTER_STUB, fixture.read(FixtureProject.COUNTER_SOLUTION));

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "hint");

        assertThat(kit.out()).contains("Every task passes");
    }
}
