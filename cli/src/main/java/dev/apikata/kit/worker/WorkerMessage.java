package dev.apikata.kit.worker;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.apikata.kit.runner.OutcomeData;
import java.util.List;

/**
 * What a worker tells the kit, one JSON object per line on the worker's standard output, each
 * line starting with {@link Protocol#PREFIX} so that anything else written there is ignored.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = WorkerMessage.Ready.class, name = "ready"),
    @JsonSubTypes.Type(value = WorkerMessage.Plan.class, name = "plan"),
    @JsonSubTypes.Type(value = WorkerMessage.Started.class, name = "started"),
    @JsonSubTypes.Type(value = WorkerMessage.Finished.class, name = "finished"),
    @JsonSubTypes.Type(value = WorkerMessage.Done.class, name = "done"),
    @JsonSubTypes.Type(value = WorkerMessage.Exiting.class, name = "exiting"),
    @JsonSubTypes.Type(value = WorkerMessage.Ended.class, name = "ended"),
})
sealed interface WorkerMessage {

    /** Warmed up and waiting for a run. */
    record Ready(long pid) implements WorkerMessage {
    }

    /** Every test and container the run is about to execute, in execution order. */
    record Plan(long run, List<PlannedTest> tests) implements WorkerMessage {
    }

    /**
     * @param id      a test's or a container's unique id
     * @param parents the unique ids of the containers it lies in, innermost last
     * @param test    true for what gets an outcome: a test, or a test template (a parameterised
     *                test, whose cases appear as it runs); false for a class
     */
    record PlannedTest(String id, List<String> parents, String testClass, String displayName, String task,
                       boolean test) {
    }

    /**
     * A test or container began; it may take up to {@code timeoutMillis}. It says what it is, since
     * a parameterised test's cases are not in the plan.
     */
    record Started(long run, String id, long timeoutMillis, String testClass, String displayName, String task,
                   boolean test) implements WorkerMessage {
    }

    /** A test ended (passed, failed or skipped), or a container's set-up failed. */
    record Finished(long run, String id, OutcomeData outcome, boolean container) implements WorkerMessage {
    }

    /**
     * The run is over.
     *
     * @param retire true when this worker must not be used again (it ran out of memory, or
     *               threads the tests started are still running)
     */
    record Done(long run, String output, List<StrayThread> strays, boolean retire) implements WorkerMessage {
    }

    /** A thread the tests started that was still running when the run ended. */
    record StrayThread(String name, String task, String method) {
    }

    /**
     * The JVM is going away: {@code method} called {@code System.exit} (seen from a shutdown hook), or a
     * thread ran out of memory outside any test's reach.
     *
     * @param outOfMemory true for the second case
     */
    record Exiting(String method, String thread, boolean outOfMemory) implements WorkerMessage {
    }

    /** Not sent by a worker: the kit's note that the worker's output ended (it exited or was killed). */
    record Ended(int exitCode) implements WorkerMessage {
    }
}
