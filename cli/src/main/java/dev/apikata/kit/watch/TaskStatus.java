package dev.apikata.kit.watch;

import dev.apikata.kit.mistakes.KnownMistake;
import java.util.List;
import java.util.Optional;

/**
 * How one task stands after a run of its module's tests.
 *
 * @param firstFailure  the learner message of the task's first failing test, when it fails
 * @param knownMistakes the known mistakes the task's failures look like (usually none or one)
 */
public record TaskStatus(String taskId, boolean passed, Optional<String> firstFailure, List<KnownMistake> knownMistakes) {

    public TaskStatus {
        knownMistakes = List.copyOf(knownMistakes);
    }

    public TaskStatus(String taskId, boolean passed, Optional<String> firstFailure) {
        this(taskId, passed, firstFailure, List.of());
    }

    public static TaskStatus pass(String taskId) {
        return new TaskStatus(taskId, true, Optional.empty());
    }

    public static TaskStatus fail(String taskId, String message) {
        return new TaskStatus(taskId, false, Optional.of(message));
    }
}
