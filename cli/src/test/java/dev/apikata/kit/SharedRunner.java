package dev.apikata.kit;

import dev.apikata.kit.runner.InProcessRunner;
import dev.apikata.course.Language;

/** One warm runner for the whole test suite, as the kit keeps one per process. */
public final class SharedRunner {

    private static final InProcessRunner RUNNER = new InProcessRunner(Language.EN);

    private SharedRunner() {
    }

    public static InProcessRunner get() {
        return RUNNER;
    }
}
