package dev.apikata.kit.bench;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.watch.FileWatcher;
import dev.apikata.kit.watch.HintLevels;
import dev.apikata.kit.LocalizedMessages;
import dev.apikata.kit.watch.ModuleTestRunner;
import dev.apikata.kit.watch.ScreenStyle;
import dev.apikata.kit.watch.WatchSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures watch mode as the learner feels it: from writing a source file to the screen that shows
 * the re-run's result, through the real watcher, debounce, compiler and test launcher.
 */
final class WatchLatency {

    /** How long one re-run may take before the benchmark gives up. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private record Shown(String module, long nanos) {
    }

    /**
     * What one watch session measured.
     *
     * @param reruns    save to result, for ordinary edits
     * @param stuck     save to result, for a save whose code never returns (the kit kills its worker)
     * @param recovered save to result, for the good save right after each of those
     */
    record Latency(Timings reruns, Optional<Timings> stuck, Optional<Timings> recovered) {
    }

    // Before a stub's marker: a loop that ignores interrupts, so the kit has to kill the worker.
    private static final Pattern MARKER = Pattern.compile("throw\\s+(?:[\\w.]+\\.)?NotDoneYet\\s*\\.\\s*task\\s*\\(");
    private static final String ENDLESS = "while (System.nanoTime() != 0) { } ";

    private final Project project;
    private final ModuleTestRunner runner;
    private final FileWatcher watcher;
    private final Duration debounce;
    private final LocalizedMessages text;

    WatchLatency(Project project, ModuleTestRunner runner, FileWatcher watcher, Duration debounce, LocalizedMessages text) {
        this.project = project;
        this.runner = runner;
        this.watcher = watcher;
        this.debounce = debounce;
        this.text = text;
    }

    /**
     * Opens watch mode, makes {@code warmUp} unmeasured edits, then measures {@code edits} edits of
     * {@code file}; then, {@code stuckRounds} times, a save of code that never returns and the good
     * save after it.
     */
    Latency measure(ExerciseModule module, Path file, int warmUp, int edits, int stuckRounds) throws Exception {
        BlockingQueue<Shown> shown = new LinkedBlockingQueue<>();
        WatchSession.Settings settings = new WatchSession.Settings(project, runner, watcher, debounce, text,
                ScreenStyle.PLAIN, screen -> { }, HintLevels.inMemory(), true);
        try (WatchSession session = new WatchSession(settings)) {
            session.afterEachRun(status -> shown.add(new Shown(status.module(), System.nanoTime())));
            Thread loop = session.runInBackground("bench-watch-loop");
            // Watch mode runs every module once when it opens; wait until it is idle.
            for (int i = 0; i < project.modules().size(); i++) {
                next(shown);
            }
            List<Duration> samples = new ArrayList<>();
            for (int i = 0; i < warmUp + edits; i++) {
                // A different size each time, so even a coarse-clocked polling watcher sees the change.
                Duration took = saveAndWait(shown, module, file, Files.readString(file) + "\n// kit bench edit " + i + "\n");
                if (i >= warmUp) {
                    samples.add(took);
                }
            }
            List<Duration> stuck = new ArrayList<>();
            List<Duration> recovered = new ArrayList<>();
            Optional<Path> markedFile = stuckRounds > 0 ? fileWithMarker(module) : Optional.empty();
            if (markedFile.isPresent()) {
                String good = Files.readString(markedFile.get());
                for (int i = 0; i < stuckRounds; i++) {
                    Matcher marker = MARKER.matcher(good);
                    marker.find();
                    String endless = good.substring(0, marker.start()) + ENDLESS + good.substring(marker.start());
                    stuck.add(saveAndWait(shown, module, markedFile.get(), endless + "\n// stuck " + i + "\n"));
                    recovered.add(saveAndWait(shown, module, markedFile.get(), good + "\n// recovered " + i + "\n"));
                }
            }
            session.stop();
            loop.join(PATIENCE.toMillis());
            return new Latency(new Timings(samples), stuck.isEmpty() ? Optional.empty() : Optional.of(new Timings(stuck)),
                    recovered.isEmpty() ? Optional.empty() : Optional.of(new Timings(recovered)));
        }
    }

    private static Duration saveAndWait(BlockingQueue<Shown> shown, ExerciseModule module, Path file, String content)
            throws IOException, InterruptedException, TimeoutException {
        long writtenAt = System.nanoTime();
        Files.writeString(file, content);
        Shown result;
        do {
            result = next(shown);
        } while (!result.module().equals(module.name()));
        return Duration.ofNanos(result.nanos() - writtenAt);
    }

    /** The first main source file of the module with a task's marker in it: where code that never returns goes. */
    static Optional<Path> fileWithMarker(ExerciseModule module) throws IOException {
        try (Stream<Path> files = Files.walk(module.stubSources())) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                if (MARKER.matcher(Files.readString(file)).find()) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    private static Shown next(BlockingQueue<Shown> shown) throws InterruptedException, TimeoutException {
        Shown result = shown.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        if (result == null) {
            throw new TimeoutException("no result within " + PATIENCE);
        }
        return result;
    }

    /** The file a learner edits: the module's first main source file. */
    static Path editedFile(ExerciseModule module) throws IOException {
        try (Stream<Path> files = Files.walk(module.stubSources())) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no Java source under " + module.stubSources()));
        }
    }

}
