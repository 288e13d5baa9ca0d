package dev.apikata.kit;

import dev.apikata.course.Language;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.ModuleRunner;
import dev.apikata.kit.runner.RunResult;
import java.nio.file.Path;
import java.util.List;

/** The {@link SharedRunner}, for tests that change what one of its calls does (override it). */
public abstract class ForwardingRunner implements ModuleRunner {

    protected final ModuleRunner real = SharedRunner.get();

    @Override
    public RunResult testTask(CompiledModule compiled, String taskId) {
        return real.testTask(compiled, taskId);
    }

    @Override
    public CompiledModule compile(ExerciseModule module, Implementation implementation) {
        return real.compile(module, implementation);
    }

    @Override
    public CompiledModule compile(ExerciseModule module, Implementation implementation, Path mainSources, Path output) {
        return real.compile(module, implementation, mainSources, output);
    }

    @Override
    public CompiledModule recompile(CompiledModule base, Path mainSources, List<Path> changedSources, Path output) {
        return real.recompile(base, mainSources, changedSources, output);
    }

    @Override
    public RunResult test(CompiledModule compiled) {
        return real.test(compiled);
    }

    @Override
    public Language language() {
        return real.language();
    }

    @Override
    public void close() {
        // the shared runner lives as long as the test JVM
    }
}
