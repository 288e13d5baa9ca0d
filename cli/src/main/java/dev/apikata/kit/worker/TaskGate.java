package dev.apikata.kit.worker;

import dev.apikata.course.Task;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets a run stop early: once a test of a task timed out, the task's other tests do not run (each
 * would wait out its own timeout); once the kit cancels the run, or the worker gives up on it (the
 * heap ran out), nothing more runs.
 *
 * <p>JUnit finds it through {@code META-INF/services}, and only where extension auto-detection is on:
 * in the worker's runs, not in a learner's Maven build.
 */
public final class TaskGate implements ExecutionCondition {

    private static final Set<String> STOPPED = ConcurrentHashMap.newKeySet();
    private static volatile boolean cancelled;
    private static volatile Function<String, String> reason = task -> "task " + task + " stopped";

    /** A new run: every task may run; {@code reasonFor} words why a stopped task's test was skipped. */
    static void open(Function<String, String> reasonFor) {
        STOPPED.clear();
        cancelled = false;
        reason = reasonFor;
    }

    static void stop(String task) {
        STOPPED.add(task);
    }

    static void cancel() {
        cancelled = true;
    }

    /** The reason a test skipped after {@link #cancel()} carries: it did not run here, and may run elsewhere. */
    static final String CANCELLED = "cancelled";

    static boolean isCancelled() {
        return cancelled;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (cancelled) {
            return ConditionEvaluationResult.disabled(CANCELLED);
        }
        Optional<String> stopped = context.getTags().stream()
                .filter(tag -> tag.startsWith(Task.TASK_TAG_PREFIX))
                .map(tag -> tag.substring(Task.TASK_TAG_PREFIX.length()))
                .filter(STOPPED::contains)
                .findFirst();
        return stopped.map(task -> ConditionEvaluationResult.disabled(reason.apply(task)))
                .orElseGet(() -> ConditionEvaluationResult.enabled("running"));
    }
}
