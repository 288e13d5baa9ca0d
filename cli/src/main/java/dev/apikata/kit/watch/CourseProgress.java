package dev.apikata.kit.watch;

import dev.apikata.course.Task;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The latest known result of every module that has run in this session. */
final class CourseProgress {

    private final Project project;
    private final Map<String, ModuleStatus> latest = new ConcurrentHashMap<>();

    CourseProgress(Project project) {
        this.project = project;
    }

    Project project() {
        return project;
    }

    /**
     * Remembers a module's latest result. A compile error keeps the task results from before it,
     * marked as stale: one typo must not turn every task red.
     */
    void record(ModuleStatus status) {
        ModuleStatus before = latest.get(status.module());
        boolean keepBefore = status.compileError().isPresent() && before != null && before.runProblem().isEmpty()
                && (before.compileError().isEmpty() || before.stale());
        latest.put(status.module(), keepBefore ? status.over(before) : status);
    }

    Optional<ModuleStatus> of(ExerciseModule module) {
        return Optional.ofNullable(latest.get(module.name()));
    }

    boolean hasRun(ExerciseModule module) {
        return latest.containsKey(module.name());
    }

    boolean passed(TaskRef ref) {
        return of(ref.module()).map(status -> status.taskPassed(ref.task().id())).orElse(false);
    }

    /** Every task of the course, in course order. */
    List<TaskRef> allTasks() {
        List<TaskRef> tasks = new ArrayList<>();
        for (ExerciseModule module : project.modules()) {
            for (Task task : module.manifest().tasks()) {
                tasks.add(new TaskRef(module, task));
            }
        }
        return tasks;
    }

    /** The first task, in course order, that has not passed (a module that has not run counts as unfinished). */
    Optional<TaskRef> firstUnfinished() {
        return allTasks().stream().filter(ref -> !passed(ref)).findFirst();
    }

    /** The first unfinished task at or after {@code from}, wrapping around to the start of the course. */
    Optional<TaskRef> nextUnfinished(TaskRef from) {
        List<TaskRef> tasks = allTasks();
        int start = Math.max(0, tasks.indexOf(from));
        for (int i = 0; i < tasks.size(); i++) {
            TaskRef candidate = tasks.get((start + i) % tasks.size());
            if (!passed(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The first unfinished task after {@code from} in course order, wrapping around; empty when all pass. */
    Optional<TaskRef> nextUnfinishedAfter(TaskRef from) {
        return nextUnfinished(following(from));
    }

    /** The task after {@code from} in course order, wrapping around. */
    TaskRef following(TaskRef from) {
        List<TaskRef> tasks = allTasks();
        return tasks.get((tasks.indexOf(from) + 1) % tasks.size());
    }

    int passedTasks(ExerciseModule module) {
        return (int) module.manifest().tasks().stream().filter(task -> passed(new TaskRef(module, task))).count();
    }

    int passedTasks() {
        return project.modules().stream().mapToInt(this::passedTasks).sum();
    }

    int totalTasks() {
        return project.modules().stream().mapToInt(module -> module.manifest().tasks().size()).sum();
    }

    boolean allPassed() {
        return passedTasks() == totalTasks();
    }
}
