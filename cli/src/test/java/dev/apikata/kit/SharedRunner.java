package dev.apikata.kit;

import dev.apikata.kit.runner.InProcessRunner;
import java.util.Locale;

/** One warm runner for the whole test suite, as the kit keeps one per process. */
public final class SharedRunner {

    private static final InProcessRunner RUNNER = new InProcessRunner(Locale.ENGLISH);

    private SharedRunner() {
    }

    public static InProcessRunner get() {
        return RUNNER;
    }
}
