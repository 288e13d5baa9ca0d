package dev.apikata.kit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Times what a learner without the kit runs after each save: {@code mvn -q test -pl exercises/<module>}.
 * The stubs' tests fail, so Maven's exit code is not a verdict; its output must show that tests ran.
 */
final class MavenTiming {

    private final String maven;

    MavenTiming(String maven) {
        this.maven = maven;
    }

    List<String> command(String module) {
        return List.of(maven, "-q", "test", "-pl", "exercises/" + module);
    }

    Timings measure(Path projectRoot, String module, int runs) throws IOException, InterruptedException {
        List<Duration> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            TimedProcess run = TimedProcess.run(command(module), projectRoot);
            samples.add(run.took());
            // Quiet Maven prints nothing when all pass, and a test summary when some fail.
            if (run.exitCode() != 0 && !run.output().contains("Tests run:")) {
                throw new IOException("Maven failed before running the tests (exit " + run.exitCode() + "):\n" + run.output());
            }
        }
        return new Timings(samples);
    }
}
