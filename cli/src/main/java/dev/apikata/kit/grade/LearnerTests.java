package dev.apikata.kit.grade;

import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs one learner's compiled modules, in JVMs of the learner's own; the grader opens one per
 * learner and closes it, and the processes behind it, when the learner is done.
 */
interface LearnerTests extends AutoCloseable {

    /** The tests of {@code compiled}; whatever the learner's code does, a result comes back. */
    RunResult test(CompiledModule compiled);

    /**
     * The tests of every module, a result for each in the same order, when they are done; these may
     * run at once, and after this method returns.
     */
    default CompletableFuture<List<RunResult>> testAll(List<CompiledModule> modules) {
        return CompletableFuture.completedFuture(modules.stream().map(this::test).toList());
    }

    @Override
    void close();

    /** Opens the tests of one learner whose grading folder is {@code workspace}. */
    interface Factory {
        LearnerTests open(Path workspace);

        /**
         * Once before the first learner: what every learner's tests may share goes in {@code scratch};
         * {@code jobs} is how many learners the grader works on at a time.
         */
        default void prepare(Path scratch, int jobs) {
        }

        /** Once after the last learner. */
        default void finish() {
        }

        /** What protects the machine from the code these tests run, for the report. */
        List<String> protections();
    }
}
