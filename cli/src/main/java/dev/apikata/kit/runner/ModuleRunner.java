package dev.apikata.kit.runner;

import dev.apikata.course.Language;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import java.nio.file.Path;

/**
 * Compiles an exercise module and runs its tests: what every kit command that needs results uses
 * (watch, list, hint, solution, check, and the grader). Compile errors are a result, not an exception.
 *
 * <p>{@link #test} can be cancelled by interrupting the calling thread: it then ends the run
 * promptly and throws {@link RunCancelledException}.
 */
public interface ModuleRunner extends AutoCloseable {

    /** Compiles the module's stubs or solutions with its tests into the module's kit output folder. */
    CompiledModule compile(ExerciseModule module, Implementation implementation);

    /**
     * Compiles {@code mainSources} (a learner's folder, or a temporary one) with the module's tests
     * into {@code output}, which is emptied first.
     */
    CompiledModule compile(ExerciseModule module, Implementation implementation, Path mainSources, Path output);

    /** Runs the tests of a compiled module; a module that did not compile yields its errors and no tests. */
    RunResult test(CompiledModule compiled);

    /** Runs only the tests of one task ({@code 01.4}) of a compiled module; the other tasks show no tests. */
    RunResult testTask(CompiledModule compiled, String taskId);

    /** Compiles the module's stubs or solutions with its tests, and runs the tests if they compiled. */
    default RunResult run(ExerciseModule module, Implementation implementation) {
        return test(compile(module, implementation));
    }

    /** True if {@link #run} of the module's stubs would answer from a cache, running no test. */
    default boolean hasCachedResult(ExerciseModule module) {
        return false;
    }

    /** Starts whatever the tests run in now, in the background, so that the first run does not wait. */
    default void warm() {
    }

    /** The language of compile errors and of the learner messages in the results. */
    Language language();

    @Override
    void close();
}
