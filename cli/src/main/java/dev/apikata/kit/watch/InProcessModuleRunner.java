package dev.apikata.kit.watch;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.InProcessRunner;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TaskResult;
import dev.apikata.kit.runner.TestOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Watch mode's view of the kit's warm in-process runner: the learner's stubs, task by task. */
public final class InProcessModuleRunner implements ModuleTestRunner {

    // javac can report hundreds of follow-up errors; the first few are the ones to fix.
    private static final int MAX_COMPILE_ERRORS = 5;

    private final InProcessRunner runner;
    private final Consumer<RunResult> onRun;

    /** @param onRun sees every full result, e.g. to remember it in the progress file */
    public InProcessModuleRunner(InProcessRunner runner, Consumer<RunResult> onRun) {
        this.runner = runner;
        this.onRun = onRun;
    }

    @Override
    public ModuleStatus run(ExerciseModule module) {
        RunResult result = runner.run(module, Implementation.STUBS);
        onRun.accept(result);
        return toStatus(result);
    }

    static ModuleStatus toStatus(RunResult result) {
        Path base = result.module().directory();
        Optional<String> compileError = result.compiled() ? Optional.empty() : Optional.of(
                result.compileErrors().stream().limit(MAX_COMPILE_ERRORS)
                        .map(error -> error.summary(base))
                        .collect(Collectors.joining("\n")));
        List<TaskStatus> tasks = result.tasks().stream().map(task -> toStatus(result, task)).toList();
        return new ModuleStatus(result.module().name(), tasks, compileError);
    }

    private static TaskStatus toStatus(RunResult result, TaskResult task) {
        String id = task.task().id();
        if (task.done()) {
            return TaskStatus.pass(id);
        }
        return new TaskStatus(id, false, result.firstFailure(id).map(TestOutcome::message).filter(m -> !m.isBlank()));
    }
}
