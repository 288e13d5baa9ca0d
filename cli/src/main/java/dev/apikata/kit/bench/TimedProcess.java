package dev.apikata.kit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One run of a whole command, timed from start to exit, as a learner waits for it: a new process,
 * no terminal (its input is empty and its output is read here).
 */
record TimedProcess(Duration took, int exitCode, String output) {

    static TimedProcess run(List<String> command, Path directory) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        return new TimedProcess(Duration.ofNanos(System.nanoTime() - start), exit, output);
    }
}
