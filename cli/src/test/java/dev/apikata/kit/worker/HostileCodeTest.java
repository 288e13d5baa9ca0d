package dev.apikata.kit.worker;

import static dev.apikata.kit.FixtureProject.GREETER_STUB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.FailureKind;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TaskResult;
import dev.apikata.kit.runner.TestOutcome;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learner code that would take a JVM down, run through the kit's runner: each costs a worker at
 * most, says what happened in the learner's words, lets the other task's tests run, and the next
 * run of a good version passes.
 */
class HostileCodeTest {

    private static final String GREET = "throw NotDoneYet.task(\"01.1\");";

    // A short test timeout and a small heap keep these quick; one spare makes a replacement instant.
    private static final IsolatedRunner RUNNER = new IsolatedRunner(Language.EN, WorkerSettings.forThisKit()
            .withTestTimeout(Duration.ofSeconds(1)).withHeapMegabytes(96).withSpares(1));
    // Filling the heap takes longer than a second on a busy machine (the GC works hard before it gives
    // up): out of memory must not turn into a timeout there.
    private static final IsolatedRunner PATIENT_RUNNER = new IsolatedRunner(Language.EN, WorkerSettings.forThisKit()
            .withTestTimeout(Duration.ofSeconds(20)).withHeapMegabytes(96));

    @TempDir
    Path dir;

    private FixtureProject fixture;

    @BeforeEach
    void createFixture() {
        // Task 01.2 is solved, so that the test can see it still runs and passes after 01.1 broke a worker.
        fixture = FixtureProject.create(dir).replace(GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a + b;");
    }

    @AfterAll
    static void stopWorkers() {
        RUNNER.close();
        PATIENT_RUNNER.close();
    }

    @Test
    @DisplayName("System.exit: the test fails naming the method, the other task still passes")
    void exitIsNamedAndTheRestRuns() {
        fixture.replace(GREETER_STUB, GREET, "System.exit(0); return null;");

        RunResult result = run();

        TestOutcome first = failureOf(result, "01.1");
        assertThat(first.kind()).isEqualTo(FailureKind.EXIT);
        assertThat(first.message()).startsWith("Greeter.greet called System.exit: a test cannot go on after that.");
        assertThat(result.tests()).filteredOn(test -> test.taskId().orElse("").equals("01.1"))
                .allMatch(test -> !test.passed());
        assertThat(result.task("01.2")).get().extracting(TaskResult::done).isEqualTo(true);
        assertThat(result.notices()).contains("The kit started a fresh test JVM for the next run.");
        assertGoodVersionPasses();
    }

    @Test
    @DisplayName("an endless loop: the first test of the task times out, the task's other test does not wait")
    void endlessLoopTimesOutOnce() {
        fixture.replace(GREETER_STUB, GREET, "while (name != null) { name.length(); } return null;");
        long start = System.nanoTime();

        RunResult result = run();

        assertThat(result.tests()).filteredOn(test -> test.kind() == FailureKind.TIMEOUT).singleElement()
                .satisfies(timeout -> assertThat(timeout.message()).isEqualTo(
                        "Task 01.1 did not finish in 1 s: an endless loop or a long wait? It was still running Greeter.greet."));
        assertThat(result.tests()).filteredOn(test -> test.kind() == FailureKind.NOT_RUN).singleElement()
                .satisfies(skipped -> assertThat(skipped.message())
                        .isEqualTo("Did not run: an earlier test of task 01.1 did not finish."));
        assertThat(result.task("01.2")).get().extracting(TaskResult::done).isEqualTo(true);
        // One timeout of 1 s, not one per test; the bound is wide for a loaded machine.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertGoodVersionPasses();
    }

    @Test
    @DisplayName("a long sleep: ended at the timeout, naming the method it waits in")
    void longSleepIsCut() {
        fixture.replace(GREETER_STUB, GREET, "try { Thread.sleep(60_000); } catch (InterruptedException e) { } return null;");

        RunResult result = run();

        assertThat(failureOf(result, "01.1").message()).contains("did not finish in 1 s", "Greeter.greet");
        assertGoodVersionPasses();
    }

    @Test
    @DisplayName("memory exhaustion: out of memory in the task, in the method, and the worker is replaced")
    void outOfMemoryIsReported() {
        fixture.replace(GREETER_STUB, GREET, """
                java.util.List<long[]> hoard = new java.util.ArrayList<>();
                        while (true) { hoard.add(new long[1 << 20]); }""");

        RunResult result = PATIENT_RUNNER.run(fixture.module("01-greetings"), Implementation.STUBS);

        TestOutcome failure = failureOf(result, "01.1");
        assertThat(failure.kind()).isEqualTo(FailureKind.OUT_OF_MEMORY);
        assertThat(failure.message()).startsWith("Out of memory in task 01.1").contains("It ran out in Greeter.greet.");
        assertThat(result.task("01.2")).get().extracting(TaskResult::done).isEqualTo(true);
        assertGoodVersionPasses();
    }

    @Test
    @DisplayName("a thread that never ends: the test passes, the learner is told, and the worker is replaced")
    void strayThreadIsReported() {
        fixture.replace(GREETER_STUB, GREET, """
                Thread forever = new Thread(() -> { while (true) { try { Thread.sleep(50); } catch (InterruptedException e) { } } }, "greeter-poller");
                        forever.start();
                        return "Hello, " + name + "!";""");

        RunResult result = run();

        assertThat(result.allPassed()).isTrue();
        assertThat(result.notices()).anySatisfy(notice -> assertThat(notice)
                .startsWith("Task 01.1 left a thread running (greeter-poller, in Greeter.greet)"));
        assertGoodVersionPasses();
    }

    private void assertGoodVersionPasses() {
        fixture.solveGreetings();
        long start = System.nanoTime();
        RunResult next = run();
        assertThat(next.allPassed()).as("the next good version passes: %s", next.tests()).isTrue();
        assertThat(next.notices()).isEmpty();
        System.out.printf("next good result %d ms after a broken run%n", (System.nanoTime() - start) / 1_000_000);
    }

    private RunResult run() {
        ExerciseModule module = fixture.module("01-greetings");
        return RUNNER.run(module, Implementation.STUBS);
    }

    private static TestOutcome failureOf(RunResult result, String task) {
        return result.firstFailure(task).orElseThrow(() -> new AssertionError("no failure of " + task + ": " + result.tests()));
    }
}
