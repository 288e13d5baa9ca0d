package dev.apikata.kit.progress;

import dev.apikata.course.Language;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TaskResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The whole course at a glance, from one run of each module: tasks done, points, the current task.
 * Its record components are also the shape of {@code kit list --json}, so tools get what the table shows.
 *
 * @param currentTask the first task not done yet; {@code null} when the course is complete
 */
public record CourseStatus(List<ModuleStatus> modules, int tasksDone, int tasksTotal, int points, int pointsTotal,
        CurrentTaskRef currentTask) {

    public CourseStatus {
        modules = List.copyOf(modules);
    }

    /** @param runs one run of each module, in course order; titles are given in {@code language} */
    public static CourseStatus of(List<RunResult> runs, Path projectRoot, Language language) {
        List<ModuleStatus> modules = runs.stream().map(run -> ModuleStatus.of(run, projectRoot, language)).toList();
        CurrentTaskRef current = CurrentTask.in(runs)
                .map(task -> new CurrentTaskRef(task.module().name(), task.task().id(), task.task().title().in(language)))
                .orElse(null);
        return new CourseStatus(modules,
                modules.stream().mapToInt(ModuleStatus::tasksDone).sum(),
                modules.stream().mapToInt(ModuleStatus::tasksTotal).sum(),
                modules.stream().mapToInt(ModuleStatus::points).sum(),
                modules.stream().mapToInt(ModuleStatus::pointsTotal).sum(),
                current);
    }

    public Optional<CurrentTaskRef> current() {
        return Optional.ofNullable(currentTask);
    }

    /** @param compileErrorText the first compile error, {@code null} if the module compiled */
    public record ModuleStatus(String id, String name, String title, boolean compiled, int tasksDone, int tasksTotal,
            int points, int pointsTotal, List<TaskStatus> tasks, String compileErrorText) {

        public ModuleStatus {
            tasks = List.copyOf(tasks);
        }

        static ModuleStatus of(RunResult run, Path projectRoot, Language language) {
            List<TaskStatus> tasks = run.tasks().stream().map(task -> TaskStatus.of(task, language)).toList();
            String error = run.compileErrors().stream().findFirst()
                    .map(first -> first.summary(projectRoot)).orElse(null);
            return new ModuleStatus(run.module().id(), run.module().name(),
                    run.module().manifest().title().in(language), run.compiled(),
                    (int) run.tasksDone(), tasks.size(), run.pointsEarned(), run.module().manifest().totalPoints(),
                    tasks, error);
        }

        public Optional<String> compileError() {
            return Optional.ofNullable(compileErrorText);
        }
    }

    public record TaskStatus(String id, String title, boolean done, int passed, int total, int points,
            int pointsEarned) {

        static TaskStatus of(TaskResult result, Language language) {
            return new TaskStatus(result.task().id(), result.task().title().in(language), result.done(),
                    result.passed(), result.total(), result.task().points(), result.pointsEarned());
        }
    }

    /** @param module the module's folder name */
    public record CurrentTaskRef(String module, String taskId, String title) {
    }
}
