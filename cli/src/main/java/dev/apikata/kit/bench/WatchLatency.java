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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /** Opens watch mode, makes {@code warmUp} unmeasured edits, then measures {@code edits} edits of {@code file}. */
    Timings measure(ExerciseModule module, Path file, int warmUp, int edits) throws Exception {
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
                long writtenAt = System.nanoTime();
                // A different size each time, so even a coarse-clocked polling watcher sees the change.
                Files.writeString(file, Files.readString(file) + "\n// kit bench edit " + i + "\n");
                Shown result;
                do {
                    result = next(shown);
                } while (!result.module().equals(module.name()));
                if (i >= warmUp) {
                    samples.add(Duration.ofNanos(result.nanos() - writtenAt));
                }
            }
            session.stop();
            loop.join(PATIENCE.toMillis());
            return new Timings(samples);
        }
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
