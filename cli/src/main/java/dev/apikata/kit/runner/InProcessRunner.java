package dev.apikata.kit.runner;

import dev.apikata.course.Language;
import dev.apikata.course.Task;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compiles and tests an exercise module inside the kit's JVM: the JDK compiler API, then the
 * JUnit Platform Launcher. Keep one instance for the life of the process: the second and later
 * runs reuse the warm compiler, class path and test libraries, which is what makes a watch mode's
 * re-run take a fraction of a Maven build.
 *
 * <p>Runs are serialised (tests share the JVM's standard output and the course's markers).
 * Compile errors are a normal result, not an exception.
 */
public final class InProcessRunner implements AutoCloseable {

    /** How long one test may take by default: far above any exercise's own delays. */
    public static final Duration DEFAULT_TEST_TIMEOUT = Duration.ofSeconds(20);

    private final ModuleCompiler compiler;
    private final TestExecutor executor;

    /**
     * A runner with the kit's class path and the default test timeout, speaking {@code language}: in
     * javac's messages and in the exercise tests' learner messages.
     */
    public InProcessRunner(Language language) {
        this(new ModuleCompiler(KitClassPath.ofThisJvm(), locale(language)), language, DEFAULT_TEST_TIMEOUT);
    }

    /** The same, with the language of {@code locale} (Japanese for {@code ja}, else English). */
    public InProcessRunner(Locale locale) {
        this(Language.parse(locale.getLanguage()).orElse(Language.EN));
    }

    public InProcessRunner(ModuleCompiler compiler, Language language, Duration testTimeout) {
        this.compiler = compiler;
        this.executor = new TestExecutor(language, testTimeout);
    }

    private static Locale locale(Language language) {
        return language == Language.JA ? Locale.JAPANESE : Locale.ENGLISH;
    }

    /** Compiles the module's stubs or solutions with its tests, and runs the tests if they compiled. */
    public RunResult run(ExerciseModule module, Implementation implementation) {
        long start = System.nanoTime();
        return test(compile(module, implementation), start);
    }

    /** Only the compile step, for callers that look at the classes (the public API check) before testing. */
    public CompiledModule compile(ExerciseModule module, Implementation implementation) {
        return compiler.compile(module, implementation);
    }

    /** Compiles {@code mainSources} (a learner's folder, say) with the module's tests into {@code output}. */
    public CompiledModule compile(ExerciseModule module, Implementation implementation, Path mainSources,
            Path output) {
        return compiler.compile(module, implementation, mainSources, output);
    }

    /** Runs the tests of a compiled module; a module that did not compile yields its errors and no tests. */
    public RunResult test(CompiledModule compiled) {
        return test(compiled, Optional.empty(), System.nanoTime());
    }

    /** Runs only the tests of one task ({@code 01.4}); the other tasks show no tests. */
    public RunResult testTask(CompiledModule compiled, String taskId) {
        return test(compiled, Optional.of(taskId), System.nanoTime());
    }

    private RunResult test(CompiledModule compiled, long start) {
        return test(compiled, Optional.empty(), start);
    }

    private synchronized RunResult test(CompiledModule compiled, Optional<String> taskId, long start) {
        TestExecutor.Execution execution = compiled.succeeded() ? executor.execute(compiled, taskId) : TestExecutor.Execution.NONE;
        List<TaskResult> tasks = compiled.module().manifest().tasks().stream()
                .map(task -> taskResult(task, execution.tests()))
                .toList();
        return new RunResult(compiled.module(), compiled.implementation(), compiled.errors(), execution.tests(),
                execution.setupFailures(), tasks, execution.output(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static TaskResult taskResult(Task task, List<TestOutcome> outcomes) {
        List<TestOutcome> tagged = outcomes.stream()
                .filter(outcome -> outcome.taskId().filter(task.id()::equals).isPresent())
                .toList();
        return new TaskResult(task, (int) tagged.stream().filter(TestOutcome::passed).count(), tagged.size());
    }

    @Override
    public void close() {
        try {
            compiler.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
