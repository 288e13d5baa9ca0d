package dev.apikata.kit.runner;

import dev.apikata.course.Task;
import java.util.List;
import java.util.Objects;

/**
 * A task's standing after a run: how many of its tests pass.
 *
 * @param total the tests tagged with this task that ran; 0 if the module did not compile
 */
public record TaskResult(Task task, int passed, int total) {

    public TaskResult {
        Objects.requireNonNull(task, "task");
        if (passed < 0 || passed > total) {
            throw new IllegalArgumentException("passed " + passed + " of " + total + " tests of task " + task.id());
        }
    }

    /** The task's standing among a run's outcomes: the tests tagged with its id. */
    public static TaskResult of(Task task, List<TestOutcome> outcomes) {
        List<TestOutcome> tagged = outcomes.stream()
                .filter(outcome -> outcome.taskId().filter(task.id()::equals).isPresent())
                .toList();
        return new TaskResult(task, (int) tagged.stream().filter(TestOutcome::passed).count(), tagged.size());
    }

    /** Done means every one of its tests passes (and it has at least one). */
    public boolean done() {
        return total > 0 && passed == total;
    }

    /** The task's points if it is done, else 0: a task counts whole or not at all. */
    public int pointsEarned() {
        return done() ? task.points() : 0;
    }
}
