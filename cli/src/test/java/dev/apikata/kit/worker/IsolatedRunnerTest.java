package dev.apikata.kit.worker;

import static dev.apikata.kit.FixtureProject.GREETER_STUB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.SharedRunner;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.CompileError;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.FailureKind;
import dev.apikata.kit.runner.ModuleRunner;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TaskResult;
import dev.apikata.kit.runner.TestOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsolatedRunnerTest {

    @TempDir
    Path dir;

    private FixtureProject fixture;
    private final ModuleRunner runner = SharedRunner.get();

    @BeforeEach
    void createFixture() {
        fixture = FixtureProject.create(dir);
    }

    @Test
    void untouchedStubsFailEveryTestWithTheLearnerMessageOfItsTask() {
        RunResult result = runner.run(greetings(), Implementation.STUBS);

        assertThat(result.compiled()).isTrue();
        assertThat(result.tests()).hasSize(3).allMatch(TestOutcome::failed);
        TestOutcome adds = result.tests().stream().filter(t -> t.displayName().equals("adds two numbers")).findFirst()
                .orElseThrow();
        assertThat(adds.taskId()).contains("01.2");
        assertThat(adds.testClass()).isEqualTo("demo.GreeterTest");
        // The stub's marker found the manifest through the context class loader: title, chapter, hint command.
        assertThat(adds.message()).contains("01.2", "Add two numbers", "chapters/", "./kit hint 01.2");
        assertThat(result.tasks()).extracting(TaskResult::passed, TaskResult::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(0, 1));
        assertThat(result.pointsEarned()).isZero();
    }

    @Test
    void solutionsPassEveryTestAndEarnEveryPoint() {
        RunResult result = runner.run(greetings(), Implementation.SOLUTIONS);

        assertThat(result.allPassed()).isTrue();
        assertThat(result.tasks()).allMatch(TaskResult::done);
        assertThat(result.pointsEarned()).isEqualTo(3);
        assertThat(result.firstFailure()).isEmpty();
    }

    @Test
    void aTaskCountsOnlyWhenAllItsTestsPass() {
        fixture.replace(GREETER_STUB, "throw NotDoneYet.task(\"01.1\");", "return name.equals(\"Ann\") ? \"Hello, Ann!\" : \"\";");

        RunResult result = runner.run(greetings(), Implementation.STUBS);

        TaskResult greet = result.task("01.1").orElseThrow();
        assertThat(greet.passed()).isEqualTo(1);
        assertThat(greet.total()).isEqualTo(2);
        assertThat(greet.done()).isFalse();
        assertThat(result.firstFailure("01.1")).get().extracting(TestOutcome::displayName).isEqualTo("greets Bo by name");
        // A wrong answer is framed for the learner by the course's extension: task title above, hint below.
        assertThat(result.firstFailure("01.1").orElseThrow().message()).contains("Greet by name", "./kit hint 01.1");
    }

    @Test
    void oneTasksRunRunsOnlyThatTasksTests() {
        CompiledModule compiled = runner.compile(greetings(), Implementation.SOLUTIONS);

        RunResult result = runner.testTask(compiled, "01.2");

        assertThat(result.tests()).extracting(TestOutcome::displayName).containsExactly("adds two numbers");
        assertThat(result.task("01.2").orElseThrow().done()).isTrue();
        assertThat(result.task("01.1").orElseThrow().total()).isZero();
    }

    @Test
    void aFailedClassSetUpIsReportedNotSilentlyDropped() {
        fixture.replace(FixtureProject.GREETER_TEST, "class GreeterTest {", """
                class GreeterTest {
                    @org.junit.jupiter.api.BeforeAll
                    static void startServer() {
                        throw new IllegalStateException("port taken");
                    }
                """);

        RunResult result = runner.run(greetings(), Implementation.SOLUTIONS);

        // Each test still has a result: it did not run, and says why.
        assertThat(result.tests()).hasSize(3).allSatisfy(test -> {
            assertThat(test.kind()).isEqualTo(FailureKind.NOT_RUN);
            assertThat(test.message()).isEqualTo("Did not run: the set-up of GreeterTest failed.");
        });
        assertThat(result.setupFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.testClass()).isEqualTo("demo.GreeterTest");
            assertThat(failure.message()).isEqualTo("IllegalStateException: port taken");
        });
        assertThat(result.allPassed()).isFalse();
        assertThat(result.firstFailure()).contains(result.setupFailures().get(0));
    }

    @Test
    void aCompileErrorIsAResultWithFileAndLine() {
        fixture.replace(GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a + ;");

        RunResult result = runner.run(greetings(), Implementation.STUBS);

        assertThat(result.compiled()).isFalse();
        assertThat(result.tests()).isEmpty();
        assertThat(result.tasks()).noneMatch(TaskResult::done);
        CompileError error = result.compileErrors().get(0);
        assertThat(error.file()).isEqualTo(fixture.path(GREETER_STUB));
        assertThat(error.line()).isEqualTo(15);
        assertThat(error.location(fixture.root())).isEqualTo(Path.of(GREETER_STUB) + ":15");
    }

    @Test
    void whatTheTestsPrintIsCapturedNotShownOnTheConsole() {
        fixture.replace(GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "System.out.println(\"debug: adding\"); return a + b;");

        RunResult result = runner.run(greetings(), Implementation.STUBS);

        assertThat(result.output()).contains("debug: adding");
        assertThat(result.task("01.2").orElseThrow().done()).isTrue();
    }

    @Test
    void aDeletedSourceLeavesNoStaleClassBehind() throws Exception {
        fixture.write("exercises/01-greetings/src/main/java/demo/Extra.java", "package demo; public class Extra {}");
        CompiledModule first = runner.compile(greetings(), Implementation.STUBS);
        assertThat(first.mainClasses()).contains("demo.Extra");
        Files.delete(fixture.path("exercises/01-greetings/src/main/java/demo/Extra.java"));

        CompiledModule second = runner.compile(greetings(), Implementation.STUBS);

        assertThat(second.mainClasses()).containsExactly("demo.Greeter");
        assertThat(second.testClasses()).containsExactly("demo.GreeterTest");
        assertThat(second.output().resolve("demo/Extra.class")).doesNotExist();
        assertThat(second.output().resolve("apikata/exercise.yaml")).exists();
    }

    @Test
    void theSameModuleRunsAgainWithTheLearnersLatestCode() {
        RunResult before = runner.run(greetings(), Implementation.STUBS);
        fixture.solveGreetings();

        RunResult after = runner.run(greetings(), Implementation.STUBS);

        assertThat(before.passedCount()).isZero();
        assertThat(after.allPassed()).isTrue();
    }

    @Test
    void learnerMessagesAndCompileErrorsSpeakTheRunnersLanguage() {
        String languageBefore = System.getProperty(Language.SYSTEM_PROPERTY);
        fixture.replace(GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a + ;");
        try (IsolatedRunner japanese = new IsolatedRunner(Language.JA)) {
            RunResult broken = japanese.run(greetings(), Implementation.STUBS);
            fixture.replace(GREETER_STUB, "return a + ;", "throw NotDoneYet.task(\"01.2\");");
            RunResult stubs = japanese.run(greetings(), Implementation.STUBS);

            assertThat(broken.compileErrors().get(0).message()).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
            assertThat(stubs.firstFailure("01.2").orElseThrow().message()).contains("タスク 01.2「足し算」");
        }
        assertThat(System.getProperty(Language.SYSTEM_PROPERTY)).as("left as it was").isEqualTo(languageBefore);
    }

    private ExerciseModule greetings() {
        return fixture.module("01-greetings");
    }
}
