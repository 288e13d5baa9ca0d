package dev.apikata.kit;

import dev.apikata.course.Language;
import dev.apikata.kit.runner.ModuleRunner;
import dev.apikata.kit.runner.ResultCache;
import dev.apikata.kit.worker.IsolatedRunner;

/** One warm runner (and test worker) for the whole test suite, as the kit keeps one per process. */
public final class SharedRunner {

    private static final IsolatedRunner RUNNER = new IsolatedRunner(Language.EN);

    private SharedRunner() {
    }

    public static ModuleRunner get() {
        return RUNNER;
    }

    /** A result cache like the kit's (each test's project is new, so it starts empty). */
    public static ResultCache cache() {
        return new ResultCache(Language.EN, RUNNER.settings().testTimeout());
    }
}
