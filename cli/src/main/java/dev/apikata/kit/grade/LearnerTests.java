package dev.apikata.kit.grade;

import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.RunResult;
import java.nio.file.Path;

/**
 * Runs one learner's compiled modules, in a JVM of the learner's own; the grader opens one per
 * learner and closes it, and the processes behind it, when the learner is done.
 */
interface LearnerTests extends AutoCloseable {

    /** The tests of {@code compiled}; whatever the learner's code does, a result comes back. */
    RunResult test(CompiledModule compiled);

    @Override
    void close();

    /** Opens the tests of one learner whose grading folder is {@code workspace}. */
    interface Factory {
        LearnerTests open(Path workspace);

        /** What protects the machine from the code these tests run, for the report. */
        java.util.List<String> protections();
    }
}
