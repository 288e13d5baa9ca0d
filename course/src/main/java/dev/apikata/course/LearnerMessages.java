package dev.apikata.course;

/** The few sentences that frame every test failure a learner sees, in both languages. */
public final class LearnerMessages {

    private LearnerMessages() {
    }

    /** A stub was reached: the task is not written yet. */
    public static String notDoneYet(ExerciseManifest manifest, Task task, Language language) {
        String link = manifest.chapterLink(task, language);
        return switch (language) {
            case JA -> "タスク " + task.id() + "「" + task.title().ja() + "」はまだ実装されていません。"
                    + link + " を読んでから書いてみましょう。詰まったら ./kit hint " + task.id() + " でヒントが見られます。";
            case EN -> "Task " + task.id() + " \"" + task.title().en() + "\" is not done yet. Read "
                    + link + ", then write it. Stuck? ./kit hint " + task.id() + " shows a hint.";
        };
    }

    /** A stub was reached whose task the manifest does not know (the manifest is not on the class path). */
    public static String notDoneYet(String taskId, Language language) {
        return switch (language) {
            case JA -> "タスク " + taskId + " はまだ実装されていません。詰まったら ./kit hint " + taskId + " でヒントが見られます。";
            case EN -> "Task " + taskId + " is not done yet. Stuck? ./kit hint " + taskId + " shows a hint.";
        };
    }

    /** The first line above a failing test's own message. */
    public static String failureHeading(Task task, Language language) {
        return switch (language) {
            case JA -> "タスク " + task.id() + "「" + task.title().ja() + "」のテストが通りません:";
            case EN -> "Task " + task.id() + " \"" + task.title().en() + "\" does not pass yet:";
        };
    }

    /** The last line below a failing test's own message. */
    public static String failureFooter(ExerciseManifest manifest, Task task, Language language) {
        String link = manifest.chapterLink(task, language);
        return switch (language) {
            case JA -> "→ 解説: " + link + "　ヒント: ./kit hint " + task.id();
            case EN -> "→ Read: " + link + "  Hint: ./kit hint " + task.id();
        };
    }
}
