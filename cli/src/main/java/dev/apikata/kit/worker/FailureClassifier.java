package dev.apikata.kit.worker;

import dev.apikata.course.TaskNotDoneException;
import dev.apikata.kit.runner.FailureKind;

/** What to tell the learner about a failed test, from its exception. */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static FailureKind kind(Throwable failure) {
        FailureKind kind = FailureKind.of(failure);
        // AssertJ's assertThatThrownBy catches an OutOfMemoryError too, and names it only in its message.
        return kind != FailureKind.NOT_DONE && mentionsOutOfMemory(failure) ? FailureKind.OUT_OF_MEMORY : kind;
    }

    private static boolean mentionsOutOfMemory(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof OutOfMemoryError || (at.getMessage() != null && at.getMessage().contains(OutOfMemoryError.class.getName()))) {
                return true;
            }
        }
        return false;
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
