package dev.apikata.course;

import java.util.List;
import java.util.Objects;

/**
 * One task of a module: what the learner builds, what it is worth, where the chapter explains it,
 * and the hints, from gentle to explicit.
 *
 * @param id      the task id, {@code "01.4"}; tests carry it as {@code @Tag("task:01.4")}
 * @param section the chapter anchor, {@code put-and-idempotency}
 */
public record Task(String id, Localized title, int points, String section, List<Localized> hints) {

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title of task " + id);
        Objects.requireNonNull(section, "section of task " + id);
        hints = hints == null ? List.of() : List.copyOf(hints);
        if (points < 0) {
            throw new IllegalArgumentException("task " + id + " has negative points: " + points);
        }
    }

    /** The JUnit tag that marks this task's tests. */
    public String tag() {
        return TASK_TAG_PREFIX + id;
    }

    /** Prefix of every task tag: {@code task:01.4}. */
    public static final String TASK_TAG_PREFIX = "task:";
}
