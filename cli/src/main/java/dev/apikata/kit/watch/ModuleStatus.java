package dev.apikata.kit.watch;

import dev.apikata.kit.mistakes.KnownMistake;
import dev.apikata.kit.mistakes.MistakeCatalogue;
import dev.apikata.kit.mistakes.MistakeMatcher;
import dev.apikata.kit.runner.FailureKind;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TaskResult;
import dev.apikata.kit.runner.TestOutcome;
import dev.apikata.kit.project.ExerciseModule;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of one run of a module's tests, as watch mode shows it.
 *
 * @param compileError the compiler's message when the learner's code does not compile
 * @param runProblem   why the kit could not run the tests at all (not the learner's doing); then no task passes
 * @param notices      what the learner should know besides the results (the kit restarted its test JVM)
 * @param stale        the tasks are the last known results from before a compile error, not this run's
 */
public record ModuleStatus(String module, List<TaskStatus> tasks, Optional<String> compileError,
        Optional<String> runProblem, List<String> notices, boolean stale) {

    // javac can report hundreds of follow-up errors; the first few are the ones to fix.
    private static final int MAX_COMPILE_ERRORS = 5;

    public ModuleStatus {
        tasks = List.copyOf(tasks);
        notices = List.copyOf(notices);
    }

    public ModuleStatus(String module, List<TaskStatus> tasks, Optional<String> compileError) {
        this(module, tasks, compileError, Optional.empty(), List.of(), false);
    }

    public ModuleStatus(String module, List<TaskStatus> tasks, Optional<String> compileError,
            Optional<String> runProblem) {
        this(module, tasks, compileError, runProblem, List.of(), false);
    }

    /** Watch mode's view of a run of the kit's runner: task by task, with each task's first failure. */
    public static ModuleStatus of(RunResult result) {
        Path base = result.module().directory();
        Optional<String> compileError = result.compiled() ? Optional.empty() : Optional.of(
                result.compileErrors().stream().limit(MAX_COMPILE_ERRORS)
                        .map(error -> error.summary(base))
                        .collect(Collectors.joining("\n")));
        // Read only when a task fails in a way a mistake can explain (not while it reaches the stub).
        MistakeCatalogue catalogue = result.tasks().stream().anyMatch(task -> explainable(result, task.task().id()))
                ? catalogueOf(result.module()) : new MistakeCatalogue(result.module(), List.of());
        List<TaskStatus> tasks = result.tasks().stream().map(task -> statusOf(result, task, catalogue)).toList();
        return new ModuleStatus(result.module().name(), tasks, compileError, Optional.empty(), result.notices(), false);
    }

    // A mistake file a maintainer is editing may not parse: the results still show, without explanations.
    private static MistakeCatalogue catalogueOf(ExerciseModule module) {
        try {
            return MistakeCatalogue.of(module);
        } catch (UncheckedIOException e) {
            return new MistakeCatalogue(module, List.of());
        }
    }

    private static boolean explainable(RunResult result, String taskId) {
        return result.tests().stream().anyMatch(test -> test.failed()
                && test.taskId().filter(taskId::equals).isPresent() && test.kind() != FailureKind.NOT_DONE);
    }

    private static TaskStatus statusOf(RunResult result, TaskResult task, MistakeCatalogue catalogue) {
        String id = task.task().id();
        if (task.done()) {
            return TaskStatus.pass(id);
        }
        // The first test that failed in run order; else a failed set-up; else why its tests did not run.
        Optional<String> failure = result.firstFailure(id).map(TestOutcome::message)
                .or(() -> result.setupFailures().stream().map(TestOutcome::message).findFirst())
                .or(() -> result.tests().stream()
                        .filter(test -> !test.passed() && test.taskId().filter(id::equals).isPresent())
                        .map(TestOutcome::message).findFirst())
                .filter(message -> !message.isBlank());
        List<KnownMistake> mistakes = explainable(result, id) ? MistakeMatcher.match(catalogue, result, id) : List.of();
        return new TaskStatus(id, false, failure, mistakes);
    }

    /** This run's compile error over the task results of {@code before}, marked as stale. */
    ModuleStatus over(ModuleStatus before) {
        return new ModuleStatus(module, before.tasks(), compileError, runProblem, notices, true);
    }

    public boolean taskPassed(String taskId) {
        return tasks.stream().anyMatch(task -> task.taskId().equals(taskId) && task.passed());
    }

    public long passedCount() {
        return tasks.stream().filter(TaskStatus::passed).count();
    }

    public Optional<TaskStatus> task(String taskId) {
        return tasks.stream().filter(task -> task.taskId().equals(taskId)).findFirst();
    }
}
