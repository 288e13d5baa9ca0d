package dev.apikata.kit.watch;

import dev.apikata.course.Task;
import dev.apikata.kit.progress.ProgressStore;
import java.util.HashMap;
import java.util.Map;

/** How far into a task's hints the learner has read. */
public interface HintLevels {

    /** Moves to the next hint of {@code task} and returns its level, from 1, never past the last hint. */
    int advance(Task task);

    /** Levels kept in the project's progress file, shared with {@code kit hint}. */
    static HintLevels storedIn(ProgressStore store) {
        return task -> store.update(progress -> progress.withHintLevel(task.id(),
                Math.min(progress.hintLevel(task.id()) + 1, Math.max(1, task.hints().size()))))
                .hintLevel(task.id());
    }

    /** Levels kept for this session only. */
    static HintLevels inMemory() {
        Map<String, Integer> levels = new HashMap<>();
        return task -> levels.merge(task.id(), 1, (old, one) -> Math.min(old + 1, Math.max(1, task.hints().size())));
    }
}
