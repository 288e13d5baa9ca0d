package dev.apikata.course;

/**
 * The sentences that frame every test failure a learner sees, in Japanese and English, read from
 * {@code dev/apikata/course/messages*.properties}.
 */
public final class LearnerMessages {

    private final TextBundle texts;

    private LearnerMessages(TextBundle texts) {
        this.texts = texts;
    }

    public static LearnerMessages in(Language language) {
        return new LearnerMessages(TextBundle.of("dev.apikata.course.messages", language, LearnerMessages.class));
    }

    /** A stub was reached: the task is not written yet. */
    public String notDoneYet(ExerciseManifest manifest, Task task) {
        return get("notDone.task", task.id(), task.title().in(language()), manifest.chapterLink(task, language()));
    }

    /** A stub was reached whose task the manifest does not know (the manifest is not on the class path). */
    public String notDoneYet(String taskId) {
        return get("notDone.unknownTask", taskId);
    }

    /** The first line above a failing test's own message. */
    public String failureHeading(Task task) {
        return get("failure.heading", task.id(), task.title().in(language()));
    }

    /** What a test that did not finish in time says before JUnit's own message. */
    public String timedOut(Task task) {
        return get("timeout", task.id());
    }

    /** Why a test did not run: an earlier test of its task timed out. */
    public String skippedAfterTimeout(String taskId) {
        return get("timeout.skipped", taskId);
    }

    /** The last line below a failing test's own message. */
    public String failureFooter(ExerciseManifest manifest, Task task) {
        return get("failure.footer", manifest.chapterLink(task, language()), task.id());
    }

    public Language language() {
        return texts.language();
    }

    /** The text for {@code key}, with {@code arguments} filled in. */
    public String get(String key, Object... arguments) {
        return texts.get(key, arguments);
    }
}
