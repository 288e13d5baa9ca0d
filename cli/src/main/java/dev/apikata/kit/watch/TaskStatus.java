package dev.apikata.kit.watch;

import java.util.Optional;

/**
 * How one task stands after a run of its module's tests.
 *
 * @param firstFailure the learner message of the task's first failing test, when it fails
 */
public record TaskStatus(String taskId, boolean passed, Optional<String> firstFailure) {

    public static TaskStatus pass(String taskId) {
        return new TaskStatus(taskId, true, Optional.empty());
    }

    public static TaskStatus fail(String taskId, String message) {
        return new TaskStatus(taskId, false, Optional.of(message));
    }
}
