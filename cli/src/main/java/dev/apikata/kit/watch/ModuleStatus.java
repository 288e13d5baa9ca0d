package dev.apikata.kit.watch;

import java.util.List;
import java.util.Optional;

/**
 * The result of one run of a module's tests, as watch mode shows it.
 *
 * @param compileError the compiler's message when the learner's code does not compile; then no task passes
 * @param runProblem   why the kit could not run the tests at all (not the learner's doing); then no task passes
 */
public record ModuleStatus(String module, List<TaskStatus> tasks, Optional<String> compileError,
        Optional<String> runProblem) {

    public ModuleStatus {
        tasks = List.copyOf(tasks);
    }

    public ModuleStatus(String module, List<TaskStatus> tasks, Optional<String> compileError) {
        this(module, tasks, compileError, Optional.empty());
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
