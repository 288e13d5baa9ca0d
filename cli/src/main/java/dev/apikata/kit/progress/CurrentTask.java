package dev.apikata.kit.progress;

import dev.apikata.course.Task;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.ModuleRunner;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TaskResult;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The task the learner should work on now: the first task, in module and then manifest order,
 * that does not pass yet.
 *
 * @param result the latest run of the task's module, with the failures to show
 */
public record CurrentTask(ExerciseModule module, Task task, RunResult result) {

    /** The current task among runs of the modules, given in course order; empty when all are done. */
    public static Optional<CurrentTask> in(List<RunResult> runs) {
        for (RunResult run : runs) {
            Optional<CurrentTask> current = in(run);
            if (current.isPresent()) {
                return current;
            }
        }
        return Optional.empty();
    }

    /** The first task of this module's run that is not done. */
    public static Optional<CurrentTask> in(RunResult run) {
        return run.tasks().stream()
                .filter(task -> !task.done())
                .findFirst()
                .map(task -> new CurrentTask(run.module(), task.task(), run));
    }

    /**
     * Runs the learner's modules in course order until one has an unfinished task; the runs made are
     * handed to {@code onRun} (to remember them). Empty when the whole course is done.
     */
    public static Optional<CurrentTask> find(Project project, ModuleRunner runner, Consumer<RunResult> onRun) {
        for (ExerciseModule module : project.modules()) {
            RunResult run = runner.run(module, Implementation.STUBS);
            onRun.accept(run);
            Optional<CurrentTask> current = in(run);
            if (current.isPresent()) {
                return current;
            }
        }
        return Optional.empty();
    }

    /** This task's standing in its module's run. */
    public TaskResult taskResult() {
        return result.task(task.id()).orElseThrow();
    }
}
