package dev.apikata.kit.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A class-data sharing archive (the JDK's AppCDS) of the classes a worker loads to run the kit's
 * warm-up exchange: JUnit, WireMock, Jetty, Jackson, AssertJ. A worker started with it maps those
 * classes from one read-only file instead of reading and verifying them from the jars, which halves
 * the processor time of a worker's start. The archive is made by a worker that runs nothing but the
 * kit's own warm-up exchange, never learner code, so every learner's worker may share it.
 */
public final class ClassDataArchive {

    private ClassDataArchive() {
    }

    /**
     * Writes the archive for workers started with {@code settings} to {@code archive}; empty if this
     * JVM cannot (the archive is then simply not used).
     */
    public static Optional<Path> create(WorkerSettings settings, Path archive) {
        List<String> command = new ArrayList<>(settings.withCommandPrefix(List.of()).withWarmUpRuns(1).command());
        command.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        try {
            Files.createDirectories(archive.toAbsolutePath().getParent());
            Files.deleteIfExists(archive);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close(); // no command: the worker warms up, says it is ready and leaves
            if (!process.waitFor(timeout(settings).toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 && Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Duration timeout(WorkerSettings settings) {
        return settings.startTimeout().plusSeconds(30);
    }
}
