package dev.apikata.kit.worker;

import dev.apikata.course.Language;
import dev.apikata.course.Task;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.KitClassPath;
import dev.apikata.kit.runner.ModuleCompiler;
import dev.apikata.kit.runner.ModuleRunner;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TaskResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kit's runner: compiles in the kit's JVM with the JDK's compiler API (kept warm), and runs the
 * tests in a separate worker JVM (see {@link WorkerPool}), so that learner code that exits, fills
 * the heap or never returns costs a worker, never the kit. Keep one instance for the life of the
 * process: the compiler and the workers stay warm between runs.
 *
 * <p>Nothing starts until it is needed: {@code kit list} with cached results never starts javac or
 * a worker.
 */
public final class IsolatedRunner implements ModuleRunner {

    private final Language language;
    private final WorkerSettings settings;
    private ModuleCompiler compiler;
    private WorkerPool pool;

    /** A runner with the kit's class path and default limits, speaking {@code language}. */
    public IsolatedRunner(Language language) {
        this(language, WorkerSettings.forThisKit());
    }

    public IsolatedRunner(Language language, WorkerSettings settings) {
        this.language = language;
        this.settings = settings;
    }

    @Override
    public Language language() {
        return language;
    }

    public WorkerSettings settings() {
        return settings;
    }

    /** Starts the test workers now, in the background, so that the first run does not wait for one. */
    @Override
    public void warm() {
        pool().warm();
    }

    @Override
    public CompiledModule compile(ExerciseModule module, Implementation implementation) {
        return compiler().compile(module, implementation);
    }

    @Override
    public CompiledModule compile(ExerciseModule module, Implementation implementation, Path mainSources,
            Path output) {
        return compiler().compile(module, implementation, mainSources, output);
    }

    @Override
    public RunResult test(CompiledModule compiled) {
        return test(compiled, Optional.empty());
    }

    @Override
    public RunResult testTask(CompiledModule compiled, String taskId) {
        return test(compiled, Optional.of(taskId));
    }

    private RunResult test(CompiledModule compiled, Optional<String> onlyTask) {
        long start = System.nanoTime();
        List<Task> tasks = compiled.module().manifest().tasks();
        if (!compiled.succeeded()) {
            return new RunResult(compiled.module(), compiled.implementation(), compiled.errors(), List.of(), List.of(),
                    tasks.stream().map(task -> new TaskResult(task, 0, 0)).toList(), "",
                    Duration.ofNanos(System.nanoTime() - start));
        }
        WorkerReport report = pool().execute(new TestRun(compiled.output(), compiled.testClasses(),
                compiled.mainClasses(), language, onlyTask));
        return new RunResult(compiled.module(), compiled.implementation(), compiled.errors(), report.tests(),
                report.setupFailures(), tasks.stream().map(task -> TaskResult.of(task, report.tests())).toList(),
                report.output(), Duration.ofNanos(System.nanoTime() - start), report.notices());
    }

    private synchronized ModuleCompiler compiler() {
        if (compiler == null) {
            compiler = new ModuleCompiler(KitClassPath.ofThisJvm(), language == Language.JA ? Locale.JAPANESE : Locale.ENGLISH);
        }
        return compiler;
    }

    private synchronized WorkerPool pool() {
        if (pool == null) {
            pool = new WorkerPool(settings);
        }
        return pool;
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
        }
        if (compiler != null) {
            try {
                compiler.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
