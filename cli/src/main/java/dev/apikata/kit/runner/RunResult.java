package dev.apikata.kit.runner;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of a module produced: either compile errors, or one outcome per test and the
 * tasks they add up to. Immutable, so a watcher can keep the last one and compare.
 *
 * @param compileErrors empty if the sources compiled
 * @param tests         in the order they ran; empty if the sources did not compile
 * @param setupFailures test classes whose set-up failed ({@code @BeforeAll}, an extension), so their
 *                      tests did not run
 * @param tasks         one per manifest task, in manifest order
 * @param output        what the tests printed to standard output and error while they ran
 * @param notices       what the learner should know besides the outcomes: the kit replaced a test
 *                      worker that the tests ended, a thread the code started did not end
 */
public record RunResult(ExerciseModule module, Implementation implementation, List<CompileError> compileErrors,
        List<TestOutcome> tests, List<TestOutcome> setupFailures, List<TaskResult> tasks, String output,
        Duration elapsed, List<String> notices) {

    public RunResult(ExerciseModule module, Implementation implementation, List<CompileError> compileErrors,
            List<TestOutcome> tests, List<TestOutcome> setupFailures, List<TaskResult> tasks, String output,
            Duration elapsed) {
        this(module, implementation, compileErrors, tests, setupFailures, tasks, output, elapsed, List.of());
    }

    public RunResult {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(implementation, "implementation");
        compileErrors = List.copyOf(compileErrors);
        tests = List.copyOf(tests);
        setupFailures = List.copyOf(setupFailures);
        tasks = List.copyOf(tasks);
        output = output == null ? "" : output;
        Objects.requireNonNull(elapsed, "elapsed");
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    public boolean compiled() {
        return compileErrors.isEmpty();
    }

    public long passedCount() {
        return tests.stream().filter(TestOutcome::passed).count();
    }

    public long failedCount() {
        return tests.stream().filter(TestOutcome::failed).count();
    }

    /** True if it compiled, ran at least one test, every test passed, and no set-up failed. */
    public boolean allPassed() {
        return compiled() && !tests.isEmpty() && setupFailures.isEmpty() && tests.stream().allMatch(TestOutcome::passed);
    }

    /** The first failure a learner should read next: a failed set-up first, else the first failing test. */
    public Optional<TestOutcome> firstFailure() {
        return setupFailures.stream().findFirst().or(() -> tests.stream().filter(TestOutcome::failed).findFirst());
    }

    /** The first failing test of a task. */
    public Optional<TestOutcome> firstFailure(String taskId) {
        return tests.stream().filter(t -> t.failed() && t.taskId().filter(taskId::equals).isPresent()).findFirst();
    }

    public Optional<TaskResult> task(String taskId) {
        return tasks.stream().filter(result -> result.task().id().equals(taskId)).findFirst();
    }

    public long tasksDone() {
        return tasks.stream().filter(TaskResult::done).count();
    }

    public int pointsEarned() {
        return tasks.stream().mapToInt(TaskResult::pointsEarned).sum();
    }
}
