package dev.apikata.kit.worker;

import dev.apikata.course.TaskNotDoneException;
import dev.apikata.kit.runner.FailureKind;

/** What to tell the learner about a failed test, from its exception. */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static FailureKind kind(Throwable failure) {
        return FailureKind.of(failure);
    }

    /** The failure's own message: an assertion or the stub's marker explains itself; another exception needs its type. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.toString();
        }
        return failure instanceof AssertionError || failure instanceof TaskNotDoneException
                ? message.strip()
                : failure.getClass().getSimpleName() + ": " + message.strip();
    }
}
