package dev.apikata.kit.progress;

import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TaskResult;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the kit remembers between runs: the hint level reached per task, and the last known result
 * per task. Only the hint levels are precious: results are recomputed from the tests on every run.
 * Immutable: every change returns a new value.
 *
 * @param hintLevels task id to the number of hints already shown (1 = the first hint)
 * @param results    task id to its last known result
 */
public record Progress(Map<String, Integer> hintLevels, Map<String, KnownResult> results) {

    public static final Progress EMPTY = new Progress(Map.of(), Map.of());

    public Progress {
        hintLevels = hintLevels == null ? Map.of() : Map.copyOf(hintLevels);
        results = results == null ? Map.of() : Map.copyOf(results);
    }

    /** How many hints of the task the learner has seen; 0 if none. */
    public int hintLevel(String taskId) {
        return hintLevels.getOrDefault(taskId, 0);
    }

    public Progress withHintLevel(String taskId, int level) {
        Map<String, Integer> levels = new TreeMap<>(hintLevels);
        levels.put(taskId, level);
        return new Progress(levels, results);
    }

    /** This progress with the module's tasks as the run found them (a run that did not compile counts 0 passed). */
    public Progress withResults(RunResult run) {
        Map<String, KnownResult> updated = new TreeMap<>(results);
        for (TaskResult task : run.tasks()) {
            updated.put(task.task().id(), new KnownResult(task.passed(), task.total()));
        }
        return new Progress(hintLevels, updated);
    }

    public Optional<KnownResult> result(String taskId) {
        return Optional.ofNullable(results.get(taskId));
    }
}
