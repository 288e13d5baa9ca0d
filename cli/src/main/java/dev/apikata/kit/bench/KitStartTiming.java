package dev.apikata.kit.bench;

import dev.apikata.course.Language;
import dev.apikata.kit.Kit;
import dev.apikata.kit.runner.KitClassPath;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Times the kit as a learner starts it, each time a new process with no terminal: {@code ./kit list},
 * and {@code ./kit}, which without a terminal prints its first screen and exits. The first run of each
 * fills the result cache and is not counted; the measured ones find every result cached.
 *
 * <p>Through the project's launcher when this kit runs from the jar it builds (the launcher then
 * finds the jar up to date); else with this JVM's java and class path.
 */
final class KitStartTiming {

    private final List<String> kit;
    private final boolean throughLauncher;

    private KitStartTiming(List<String> kit, boolean throughLauncher) {
        this.kit = List.copyOf(kit);
        this.throughLauncher = throughLauncher;
    }

    static KitStartTiming of(Path projectRoot) {
        Path launcher = projectRoot.resolve("kit");
        Path jar = projectRoot.resolve("cli/target/apikata-kit.jar");
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        if (!windows && Files.isExecutable(launcher) && runningFrom().filter(path -> sameFile(path, jar)).isPresent()) {
            return new KitStartTiming(List.of(launcher.toString()), true);
        }
        return new KitStartTiming(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", KitClassPath.ofThisJvm().asOption(), Kit.class.getName()), false);
    }

    boolean throughLauncher() {
        return throughLauncher;
    }

    /**
     * {@code runs} timed runs of the kit with {@code arguments} in {@code project}, after one that fills
     * the cache. Each must print {@code expected}; a timed one must leave the cached results as they
     * were (else it ran tests, and its time is not a start with cached results).
     */
    Timings measure(Path project, Language language, List<String> arguments, String expected, int runs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(kit);
        command.addAll(List.of("--lang", language.code(), "--project", project.toString()));
        command.addAll(arguments);
        List<Duration> samples = new ArrayList<>();
        Map<Path, FileTime> cached = Map.of();
        for (int i = 0; i <= runs; i++) {
            TimedProcess run = TimedProcess.run(command, project);
            if (!run.output().contains(expected)) {
                throw new IOException(String.join(" ", arguments) + " printed no \"" + expected + "\" (exit "
                        + run.exitCode() + "):\n" + run.output());
            }
            if (i == 0) {
                cached = cachedResults(project);
            } else {
                if (!cachedResults(project).equals(cached)) {
                    throw new IOException(String.join(" ", arguments) + " ran tests although nothing changed:\n" + run.output());
                }
                samples.add(run.took());
            }
        }
        return new Timings(samples);
    }

    // The result cache's files and when each was last written.
    private static Map<Path, FileTime> cachedResults(Path project) throws IOException {
        Map<Path, FileTime> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project.resolve("exercises"))) {
            for (Path file : walk.filter(path -> path.getFileName().toString().startsWith("last-result-")).toList()) {
                files.put(file, Files.getLastModifiedTime(file));
            }
        }
        return files;
    }

    private static Optional<Path> runningFrom() {
        try {
            return Optional.of(Path.of(Kit.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
