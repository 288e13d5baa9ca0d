package dev.apikata.kit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command(module)).directory(projectRoot.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            samples.add(Duration.ofNanos(System.nanoTime() - start));
            // Quiet Maven prints nothing when all pass, and a test summary when some fail.
            if (exit != 0 && !output.contains("Tests run:")) {
                throw new IOException("Maven failed before running the tests (exit " + exit + "):\n" + output);
            }
        }
        return new Timings(samples);
    }
}
