package dev.apikata.kit.check;

import static dev.apikata.kit.FixtureProject.GREETER_SOLUTION;
import static dev.apikata.kit.FixtureProject.GREETER_STUB;
import static dev.apikata.kit.FixtureProject.GREETER_TEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.ForwardingRunner;
import dev.apikata.kit.SharedRunner;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.FailureKind;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TestOutcome;
import dev.apikata.kit.runner.TestStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each test breaks one invariant of a fixture project that otherwise keeps them all. */
class CourseCheckTest {

    @TempDir
    Path dir;

    private FixtureProject fixture;

    @BeforeEach
    void createFixture() {
        fixture = FixtureProject.create(dir);
    }

    @Test
    void anIntactProjectKeepsEveryInvariant() {
        List<ModuleCheck> checks = CourseCheck.check(fixture.project(), SharedRunner.get());

        assertThat(checks).extracting(ModuleCheck::module).containsExactly("01-greetings", "02-counting");
        assertThat(checks).allMatch(ModuleCheck::passed);
        ModuleCheck greetings = checks.get(0);
        assertThat(greetings.result(Invariant.TESTS_FAIL_ON_STUBS).orElseThrow().count()).isEqualTo("3/3");
        assertThat(greetings.result(Invariant.TESTS_PASS_ON_SOLUTIONS).orElseThrow().count()).isEqualTo("3/3");
        assertThat(greetings.result(Invariant.TASKS_MATCH_TESTS).orElseThrow().count()).isEqualTo("2/2");
        assertThat(greetings.result(Invariant.MISTAKES_CAUGHT).orElseThrow().count()).isEqualTo("2/2");
    }

    @Test
    void aKnownMistakeThatEscapesItsTests() {
        // The tests of 01.1 stop checking Bo's exclamation mark, and Ann's greeting is gone.
        fixture.replace(GREETER_TEST, "isEqualTo(\"Hello, Bo!\")", "startsWith(\"Hello, Bo\")");
        fixture.replace(GREETER_TEST, "isEqualTo(\"Hello, Ann!\")", "startsWith(\"Hello, Ann\")");

        ModuleCheck check = checkGreetings();

        assertBreach(check, Invariant.MISTAKES_CAUGHT, Breach.Kind.MISTAKE_ESCAPED, "01.1-no-exclamation-mark");
        assertThat(check.result(Invariant.MISTAKES_CAUGHT).orElseThrow().count()).isEqualTo("1/2");
    }

    @Test
    void aKnownMistakeWhoseRecordIsOutOfDate() {
        fixture.replace(FixtureProject.GREETER_MISTAKE, "  - { test: \"greets Bo by name\", failure: assertion }\n", "");

        assertBreach(checkGreetings(), Invariant.MISTAKES_CAUGHT, Breach.Kind.MISTAKE_RECORD_STALE, "01.1-no-exclamation-mark");
    }

    @Test
    void recordingRewritesTheRecordFromTheRun() {
        fixture.replace(FixtureProject.GREETER_MISTAKE, "  - { test: \"greets Bo by name\", failure: assertion }\n", "");

        ModuleCheck recorded = new CourseCheck(SharedRunner.get(), fixture.root(), true).check(fixture.module("01-greetings"));

        assertThat(recorded.passed()).isTrue();
        assertThat(fixture.read(FixtureProject.GREETER_MISTAKE)).endsWith("""
                rejected-by:
                  - { test: "greets Ann by name", failure: assertion }
                  - { test: "greets Bo by name", failure: assertion }
                """).contains("explain: { ja: \"感嘆符を忘れています。\"");
        assertThat(checkGreetings().passed()).isTrue();
    }

    @Test
    void aKnownMistakeNamingAMethodTheSolutionLacks() {
        fixture.replace(FixtureProject.GREETER_MISTAKE, "Greeter.greet:", "Greeter.welcome:");

        assertBreach(checkGreetings(), Invariant.MISTAKES_CAUGHT, Breach.Kind.MISTAKE_NOT_APPLICABLE,
                "01.1-no-exclamation-mark: the solution has no method Greeter.welcome");
    }

    @Test
    void aKnownMistakeThatDoesNotCompile() {
        fixture.replace(FixtureProject.GREETER_MISTAKE, "return \"Hello, \" + name;", "return \"Hello, \" + nam;");

        assertBreach(checkGreetings(), Invariant.MISTAKES_CAUGHT, Breach.Kind.MISTAKE_DOES_NOT_COMPILE, "01.1-no-exclamation-mark");
    }

    @Test
    void twoKnownMistakesNoRunCanTellApart() {
        fixture.write("solutions/01-greetings/mistakes/01.1-says-hi.yaml", fixture.read(FixtureProject.GREETER_MISTAKE)
                .replace("return \"Hello, \" + name;", "return \"Hi, \" + name + \"!\";"));

        assertBreach(checkGreetings(), Invariant.MISTAKES_CAUGHT, Breach.Kind.MISTAKES_LOOK_ALIKE,
                "01.1-no-exclamation-mark, 01.1-says-hi");
    }

    @Test
    void evidenceThatNoFailureShows() {
        fixture.replace(FixtureProject.GREETER_MISTAKE, "rejected-by:", "evidence: 'Goodbye'\nrejected-by:");

        assertBreach(checkGreetings(), Invariant.MISTAKES_CAUGHT, Breach.Kind.MISTAKE_EVIDENCE_MISSING, "Goodbye");
    }

    @Test
    void aTaskWithoutAKnownMistake() throws Exception {
        Files.delete(fixture.path("solutions/01-greetings/mistakes/01.2-subtracts.yaml"));

        assertBreach(checkGreetings(), Invariant.MISTAKES_CAUGHT, Breach.Kind.TASK_WITHOUT_MISTAKE, "01.2");
    }

    @Test
    void stubsThatDoNotCompile() {
        fixture.replace(GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "throw NotDoneYet.task(\"01.2\")");

        ModuleCheck check = checkGreetings();

        assertBreach(check, Invariant.STUBS_COMPILE, Breach.Kind.COMPILE_ERROR, GREETER_STUB + ":15");
        assertThat(check.result(Invariant.TESTS_FAIL_ON_STUBS).orElseThrow().verdict()).isEqualTo(Verdict.NOT_CHECKED);
        assertThat(check.result(Invariant.SAME_PUBLIC_API).orElseThrow().verdict()).isEqualTo(Verdict.NOT_CHECKED);
        // The tags are still checked, on the solutions' run.
        assertThat(check.result(Invariant.TASKS_MATCH_TESTS).orElseThrow().holds()).isTrue();
    }

    @Test
    void aTestThatPassesOnTheStubs() {
        fixture.replace(GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a + b;");

        ModuleCheck check = checkGreetings();

        assertBreach(check, Invariant.TESTS_FAIL_ON_STUBS, Breach.Kind.PASSES_ON_STUBS, "adds two numbers");
        assertThat(check.result(Invariant.TESTS_FAIL_ON_STUBS).orElseThrow().count()).isEqualTo("2/3");
    }

    @Test
    void aTestThatFailsOnTheSolution() {
        fixture.replace(GREETER_SOLUTION, "return a + b;", "return a - b;");

        ModuleCheck check = checkGreetings();

        assertBreach(check, Invariant.TESTS_PASS_ON_SOLUTIONS, Breach.Kind.FAILS_ON_SOLUTIONS, "adds two numbers");
        assertThat(check.result(Invariant.TESTS_PASS_ON_SOLUTIONS).orElseThrow().count()).isEqualTo("2/3");
    }

    @Test
    void missingSolutions() throws Exception {
        Files.move(fixture.path("solutions/01-greetings"), dir.resolve("moved"));

        ModuleCheck check = checkGreetings();

        assertBreach(check, Invariant.TESTS_PASS_ON_SOLUTIONS, Breach.Kind.NO_SOLUTIONS, "solutions");
    }

    @Test
    void aPublicMethodOnlyTheSolutionHas() {
        fixture.replace(GREETER_SOLUTION, "/** Task 01.2. */", "public int twice(int a) { return 2 * a; }\n    /** Task 01.2. */");

        ModuleCheck check = checkGreetings();

        assertBreach(check, Invariant.SAME_PUBLIC_API, Breach.Kind.ONLY_IN_SOLUTIONS, "public int demo.Greeter.twice(int)");
        assertThat(check.result(Invariant.SAME_PUBLIC_API).orElseThrow().details()).hasSize(1);
    }

    @Test
    void aSignatureThatDiffers() {
        fixture.replace(GREETER_SOLUTION, "public int add(int a, int b)", "public long add(int a, int b)");
        fixture.replace(GREETER_SOLUTION, "return a + b;", "return (long) a + b;");
        fixture.replace(GREETER_TEST, "isEqualTo(5)", "isEqualTo(5L)");

        ModuleCheck check = checkGreetings();

        InvariantResult api = check.result(Invariant.SAME_PUBLIC_API).orElseThrow();
        assertThat(api.details()).containsExactlyInAnyOrder(
                new Breach(Breach.Kind.ONLY_IN_STUBS, "public int demo.Greeter.add(int, int)"),
                new Breach(Breach.Kind.ONLY_IN_SOLUTIONS, "public long demo.Greeter.add(int, int)"));
    }

    @Test
    void privateHelpersOfTheSolutionAreNotPartOfTheApi() {
        fixture.replace(GREETER_SOLUTION, "return a + b;", "return sum(a, b);\n    }\n\n    private static int sum(int a, int b) {\n        return a + b;");
        fixture.write("solutions/01-greetings/src/main/java/demo/Internal.java", "package demo; class Internal {}");

        assertThat(checkGreetings().passed()).isTrue();
    }

    @Test
    void aTestWithoutATaskTag() {
        fixture.replace(GREETER_TEST, "@Tag(\"task:01.2\")\n", "");

        ModuleCheck check = checkGreetings();

        assertBreach(check, Invariant.TASKS_MATCH_TESTS, Breach.Kind.UNTAGGED_TEST, "adds two numbers");
        assertBreach(check, Invariant.TASKS_MATCH_TESTS, Breach.Kind.TASK_WITHOUT_TEST, "01.2");
    }

    @Test
    void aTagNamingATaskTheManifestLacks() {
        fixture.replace(GREETER_TEST, "@Tag(\"task:01.2\")", "@Tag(\"task:01.9\")");

        ModuleCheck check = checkGreetings();

        assertBreach(check, Invariant.TASKS_MATCH_TESTS, Breach.Kind.UNKNOWN_TASK, "01.9");
        assertThat(check.result(Invariant.TASKS_MATCH_TESTS).orElseThrow().count()).isEqualTo("1/2");
    }

    @Test
    void aTrialWhoseTestsDidNotAllRunIsTriedAgain() {
        StoppingRunner runner = new StoppingRunner(2);

        ModuleCheck check = new CourseCheck(runner, fixture.root()).check(fixture.module("01-greetings"));

        assertThat(check.passed()).as("module passes").isTrue();
        assertThat(check.result(Invariant.MISTAKES_CAUGHT).orElseThrow().count()).isEqualTo("2/2");
        assertThat(runner.stoppedRuns()).isEqualTo(2);
    }

    @Test
    void aTrialWhoseTestsNeverAllRunIsNotTriedRatherThanEscaped() {
        ModuleCheck check = new CourseCheck(new StoppingRunner(Integer.MAX_VALUE), fixture.root())
                .check(fixture.module("01-greetings"));

        assertBreach(check, Invariant.MISTAKES_CAUGHT, Breach.Kind.MISTAKE_NOT_TRIED, "01.1-no-exclamation-mark");
        assertThat(check.result(Invariant.MISTAKES_CAUGHT).orElseThrow().details())
                .noneMatch(breach -> breach.kind() == Breach.Kind.MISTAKE_ESCAPED);
    }

    /** The shared runner, but the first {@code stops} task runs end as if the worker had stopped before any test. */
    private static final class StoppingRunner extends ForwardingRunner {
        private final int stops;
        private int stopped;

        StoppingRunner(int stops) {
            this.stops = stops;
        }

        int stoppedRuns() {
            return stopped;
        }

        @Override
        public RunResult testTask(CompiledModule compiled, String taskId) {
            RunResult result = real.testTask(compiled, taskId);
            if (stopped >= stops) {
                return result;
            }
            stopped++;
            List<TestOutcome> notRun = result.tests().stream()
                    .map(test -> new TestOutcome(test.testClass(), test.displayName(), test.taskId(), TestStatus.SKIPPED,
                            "the worker stopped", FailureKind.NOT_RUN))
                    .toList();
            return new RunResult(result.module(), result.implementation(), result.compileErrors(), notRun,
                    result.setupFailures(), result.tasks(), result.output(), result.elapsed());
        }

    }

    private ModuleCheck checkGreetings() {
        return new CourseCheck(SharedRunner.get(), fixture.root()).check(fixture.module("01-greetings"));
    }

    private static void assertBreach(ModuleCheck check, Invariant invariant, Breach.Kind kind, String subjectPart) {
        assertThat(check.passed()).as("module passes").isFalse();
        InvariantResult result = check.result(invariant).orElseThrow();
        assertThat(result.verdict()).as(invariant + " verdict").isEqualTo(Verdict.BREACHED);
        assertThat(result.details()).as(invariant + " details")
                .anySatisfy(breach -> {
                    assertThat(breach.kind()).isEqualTo(kind);
                    assertThat(breach.subject()).contains(subjectPart);
                });
    }
}
