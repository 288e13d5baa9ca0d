package dev.apikata.kit.watch;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.KitClassPath;
import dev.apikata.kit.runner.ModuleRunner;
import dev.apikata.kit.runner.ResultCache;
import dev.apikata.kit.runner.RunCancelledException;
import dev.apikata.kit.runner.RunResult;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watch mode's runner: the kit's runner, with two shortcuts. While a module is unchanged since its
 * last result, that result comes from the {@link ResultCache}. When only main sources changed since
 * the module last compiled, and the classes the tests can see kept their shape, it recompiles the
 * main sources alone and re-runs the tests compiled before. Anything else (the first run, an edited
 * test, a changed signature) takes the kit's full compilation, so a learner sees exactly the compile
 * errors {@code mvn test} would show.
 */
public final class IncrementalModuleRunner implements ModuleTestRunner, AutoCloseable {

    /** The last compilation of a module whose tests compiled, and what it was compiled from. */
    private record Build(CompiledModule compiled, TestInputs inputs, ApiFingerprint api) {
    }

    private final ModuleRunner runner;
    private final ResultCache cache;
    private final MainSourceCompiler mainCompiler;
    private final Consumer<RunResult> onRun;
    private final Map<String, Build> builds = new ConcurrentHashMap<>();

    /** @param onRun sees every full result, e.g. to remember it in the progress file */
    public IncrementalModuleRunner(ModuleRunner runner, ResultCache cache, Locale javacLocale, Consumer<RunResult> onRun) {
        this.runner = runner;
        this.cache = cache;
        this.mainCompiler = new MainSourceCompiler(KitClassPath.ofThisJvm(), javacLocale);
        this.onRun = onRun;
    }

    @Override
    public ModuleStatus run(ExerciseModule module) {
        String key = cache.keyOf(module);
        Optional<RunResult> known = builds.containsKey(module.name()) ? Optional.empty() : cache.lookup(module, key);
        RunResult result;
        try {
            result = known.orElseGet(() -> quickRun(module).orElseGet(() -> fullRun(module)));
        } catch (RunCancelledException e) {
            // A compilation it walked away from may still rewrite the classes: the next run starts afresh.
            builds.remove(module.name());
            throw e;
        }
        if (known.isEmpty()) {
            cache.store(result, key);
        }
        onRun.accept(result);
        return ModuleStatus.of(result);
    }

    @Override
    public void warm() {
        runner.warm();
    }

    /** Compiles the module now (no tests), so that the learner's first save takes the quick path. */
    @Override
    public void prepare(ExerciseModule module) {
        if (!builds.containsKey(module.name())) {
            try {
                compileFully(module);
            } catch (RunCancelledException e) {
                builds.remove(module.name());
                throw e;
            }
        }
    }

    private Optional<RunResult> quickRun(ExerciseModule module) {
        Build last = builds.get(module.name());
        TestInputs inputs = TestInputs.of(module);
        if (last == null || !last.inputs().equals(inputs)) {
            return Optional.empty();
        }
        CompiledModule before = last.compiled();
        MainSourceCompiler.Result main = mainCompiler.compile(module, before.output(), before.mainClasses());
        CompiledModule compiled = new CompiledModule(module, Implementation.STUBS, before.output(),
                main.mainClasses(), before.testClasses(), main.errors());
        if (!main.errors().isEmpty()) {
            // The main classes are gone from the output now; the next run compiles them again.
            builds.put(module.name(), new Build(compiled, inputs, last.api()));
            return Optional.of(runner.test(compiled));
        }
        Optional<ApiFingerprint> api = fingerprint(compiled);
        if (api.isEmpty() || !api.get().equals(last.api())) {
            return Optional.empty(); // the tests may no longer compile against it: let javac say so
        }
        builds.put(module.name(), new Build(compiled, inputs, api.get()));
        return Optional.of(runner.test(compiled));
    }

    private RunResult fullRun(ExerciseModule module) {
        return runner.test(compileFully(module));
    }

    private CompiledModule compileFully(ExerciseModule module) {
        TestInputs inputs = TestInputs.of(module);
        // A folder of its own: kit list or hint in another terminal must not rebuild it under our feet.
        CompiledModule compiled = runner.compile(module, Implementation.STUBS, module.stubSources(),
                module.directory().resolve("target/kit/watch-classes"));
        Optional<ApiFingerprint> api = compiled.succeeded() ? fingerprint(compiled) : Optional.empty();
        if (api.isPresent()) {
            builds.put(module.name(), new Build(compiled, inputs, api.get()));
        } else {
            builds.remove(module.name());
        }
        return compiled;
    }

    private static Optional<ApiFingerprint> fingerprint(CompiledModule compiled) {
        return ApiFingerprint.of(compiled.output(), compiled.mainClasses(), IncrementalModuleRunner.class.getClassLoader());
    }

    @Override
    public void close() {
        mainCompiler.close();
    }
}
