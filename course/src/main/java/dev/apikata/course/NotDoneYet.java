package dev.apikata.course;

/**
 * The marker a stub throws until the learner writes the method:
 * {@code throw NotDoneYet.task("01.4");}.
 *
 * <p>The message is built from the manifest, so it names the task, the chapter section and the
 * hint command without repeating any of them in the stub. The marker is also noted for the test
 * that is running (see {@link ReachedStubs}), so a test whose own assertion hides it can still
 * report the stub instead of a confusing assertion.
 */
public final class NotDoneYet {

    private NotDoneYet() {
    }

    public static TaskNotDoneException task(String taskId) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Language language = Language.detect();
        LearnerMessages messages = LearnerMessages.in(language);
        String message = ExerciseManifest.onClassPath(loader == null ? NotDoneYet.class.getClassLoader() : loader)
                .flatMap(manifest -> manifest.task(taskId).map(task -> messages.notDoneYet(manifest, task)))
                .orElseGet(() -> messages.notDoneYet(taskId));
        TaskNotDoneException marker = new TaskNotDoneException(taskId, message);
        ReachedStubs.noteForCurrentTest(marker);
        return marker;
    }
}
