package dev.apikata.course;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Turns a failing exercise test into a message for the learner.
 *
 * <ul>
 *   <li>If the test reached a stub, the failure is the stub's "not done yet" message alone,
 *       whatever assertion noticed it first.</li>
 *   <li>Otherwise the test's own message (an AssertJ description, WireMock's near-miss report)
 *       is framed by the task's title above and the chapter section and hint command below.</li>
 * </ul>
 *
 * Register it on every exercise test class with {@code @ExtendWith(LearnerFeedback.class)}.
 */
public final class LearnerFeedback implements BeforeEachCallback, TestExecutionExceptionHandler {

    @Override
    public void beforeEach(ExtensionContext context) {
        Todo.forget();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        TaskNotDoneException stub = Todo.lastReached();
        if (stub != null) {
            throw stub;
        }
        Optional<ExerciseManifest> manifest = ExerciseManifest.onClassPath(context.getRequiredTestClass().getClassLoader());
        Optional<Task> task = taskOf(context).flatMap(id -> manifest.flatMap(m -> m.task(id)));
        if (manifest.isEmpty() || task.isEmpty()) {
            throw failure;
        }
        Language language = Language.detect();
        String message = LearnerMessages.failureHeading(task.get(), language) + System.lineSeparator()
                + describe(failure) + System.lineSeparator()
                + LearnerMessages.failureFooter(manifest.get(), task.get(), language);
        throw new LearnerFailure(message, failure);
    }

    private static Optional<String> taskOf(ExtensionContext context) {
        return context.getTags().stream()
                .filter(tag -> tag.startsWith(Task.TASK_TAG_PREFIX))
                .map(tag -> tag.substring(Task.TASK_TAG_PREFIX.length()))
                .findFirst();
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.toString(); // a NullPointerException without a message is still worth naming
        }
        // An assertion explains itself; any other exception needs its type to make sense.
        return failure instanceof AssertionError ? message.strip() : failure.getClass().getSimpleName() + ": " + message.strip();
    }

    /** A failure framed for the learner; the original stays attached as the cause. */
    static final class LearnerFailure extends AssertionError {
        private static final long serialVersionUID = 1L;

        LearnerFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
