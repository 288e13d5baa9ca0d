package dev.apikata.kit.worker;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Set;

/** What the kit tells a worker, one JSON object per line on the worker's standard input. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = WorkerCommand.Run.class, name = "run"),
    @JsonSubTypes.Type(value = WorkerCommand.Cancel.class, name = "cancel"),
})
sealed interface WorkerCommand {

    /**
     * Run the tests compiled into {@code classes}.
     *
     * @param mainClasses       the module's own classes, to name the learner's method in a report
     * @param testTimeoutMillis how long one test or lifecycle method may take unless it says otherwise
     * @param skipTests         unique ids of tests not to run again (they ran in an earlier worker)
     * @param skipTasks         tasks whose tests are not to run (one of them ended an earlier worker)
     * @param onlyTask          the one task whose tests run, or null for every task
     */
    record Run(long run, String classes, List<String> testClasses, List<String> mainClasses, String language,
               long testTimeoutMillis, Set<String> skipTests, Set<String> skipTasks, String onlyTask)
            implements WorkerCommand {
    }

    /** Stop the run as soon as possible: skip what has not started and interrupt what has. */
    record Cancel(long run) implements WorkerCommand {
    }
}
