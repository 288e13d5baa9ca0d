package dev.apikata.kit.runner;

import dev.apikata.course.Language;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A runner that answers {@link #run} for a module's stubs from the {@link ResultCache} while the
 * module is unchanged, and remembers each new result. Everything else goes to the runner it wraps.
 */
public final class CachingRunner implements ModuleRunner {

    private final ModuleRunner runner;
    private final ResultCache cache;

    public CachingRunner(ModuleRunner runner, ResultCache cache) {
        this.runner = runner;
        this.cache = cache;
    }

    public ResultCache cache() {
        return cache;
    }

    @Override
    public RunResult run(ExerciseModule module, Implementation implementation) {
        if (implementation != Implementation.STUBS) {
            return runner.run(module, implementation);
        }
        String key = cache.keyOf(module);
        Optional<RunResult> known = cache.lookup(module, key);
        if (known.isPresent()) {
            return known.get();
        }
        RunResult result = runner.run(module, implementation);
        cache.store(result, key);
        return result;
    }

    @Override
    public boolean hasCachedResult(ExerciseModule module) {
        return cache.lookup(module, cache.keyOf(module)).isPresent();
    }

    @Override
    public CompiledModule compile(ExerciseModule module, Implementation implementation) {
        return runner.compile(module, implementation);
    }

    @Override
    public CompiledModule compile(ExerciseModule module, Implementation implementation, Path mainSources, Path output) {
        return runner.compile(module, implementation, mainSources, output);
    }

    @Override
    public RunResult test(CompiledModule compiled) {
        return runner.test(compiled);
    }

    @Override
    public RunResult testTask(CompiledModule compiled, String taskId) {
        return runner.testTask(compiled, taskId);
    }

    @Override
    public void warm() {
        runner.warm();
    }

    @Override
    public Language language() {
        return runner.language();
    }

    @Override
    public void close() {
        runner.close();
    }
}
