package dev.apikata.course;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The marker a stub throws until the learner writes the method:
 * {@code throw Todo.task("01.4");}.
 *
 * <p>The message is built from the manifest, so it names the task, the chapter section and the
 * hint command without repeating any of them in the stub.
 */
public final class Todo {

    // The last marker created, so a test whose own assertion hides it can still report it.
    private static final AtomicReference<TaskNotDoneException> LAST_REACHED = new AtomicReference<>();

    private Todo() {
    }

    public static TaskNotDoneException task(String taskId) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String message = ExerciseManifest.onClassPath(loader == null ? Todo.class.getClassLoader() : loader)
                .flatMap(manifest -> manifest.task(taskId).map(task ->
                        LearnerMessages.notDoneYet(manifest, task, Language.detect())))
                .orElseGet(() -> LearnerMessages.notDoneYet(taskId, Language.detect()));
        TaskNotDoneException marker = new TaskNotDoneException(taskId, message);
        LAST_REACHED.set(marker);
        return marker;
    }

    /** Forgets the last marker; the test extension calls this before each test. */
    static void forget() {
        LAST_REACHED.set(null);
    }

    /** The marker created since the last {@link #forget()}, if any. */
    static TaskNotDoneException lastReached() {
        return LAST_REACHED.get();
    }
}
