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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** Learner code that takes the worker down, put before a stub's marker (so what follows stays reachable). */
    enum Hostile {
        /** A loop that ignores interrupts: the kit has to kill the worker. */
        ENDLESS("while (System.nanoTime() != 0) { } "),
        /** The worker's JVM ends. */
        EXIT("System.exit(0); "),
        /** The worker's heap runs out. */
        MEMORY("java.util.List<long[]> hog = new java.util.ArrayList<>(); while (hog.add(new long[1 << 20])) { } ");

        private final String code;

        Hostile(String code) {
            this.code = code;
        }
    }

    /**
     * Save to result for a save of hostile code, and for the good save right after each (a fresh worker).
     */
    record Recovery(Timings hit, Timings recovered) {
    }

    /**
     * What one watch session measured.
     *
     * @param reruns     save to result, for ordinary edits
     * @param recoveries for each kind of hostile code tried
     * @param keys       key press to the screen that answers it, while the tests of an endless loop run
     */
    record Latency(Timings reruns, Map<Hostile, Recovery> recoveries, Optional<Timings> keys) {
    }

    private static final Pattern MARKER = Pattern.compile("throw\\s+(?:[\\w.]+\\.)?NotDoneYet\\s*\\.\\s*task\\s*\\(");

    // How long after a save of an endless loop a key is pressed: its run is under way, far from its timeout.
    private static final Duration KEY_AFTER_SAVE = Duration.ofMillis(700);

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
     * {@code file}; then, {@code hostileRounds} times for each kind of hostile code, a save of it and the good
     * save after it.
     */
    Latency measure(ExerciseModule module, Path file, int warmUp, int edits, int hostileRounds) throws Exception {
        BlockingQueue<Shown> shown = new LinkedBlockingQueue<>();
        BlockingQueue<Long> screens = new LinkedBlockingQueue<>();
        WatchSession.Settings settings = new WatchSession.Settings(project, runner, watcher, debounce, text,
                ScreenStyle.PLAIN, screen -> screens.add(System.nanoTime()), HintLevels.inMemory(), true);
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
            Map<Hostile, Recovery> recoveries = new EnumMap<>(Hostile.class);
            List<Duration> keys = new ArrayList<>();
            Optional<Path> markedFile = hostileRounds > 0 ? fileWithMarker(module) : Optional.empty();
            if (markedFile.isPresent()) {
                String good = Files.readString(markedFile.get());
                Matcher marker = MARKER.matcher(good);
                marker.find();
                for (Hostile hostile : Hostile.values()) {
                    List<Duration> hit = new ArrayList<>();
                    List<Duration> recovered = new ArrayList<>();
                    String bad = good.substring(0, marker.start()) + hostile.code + good.substring(marker.start());
                    for (int i = 0; i < hostileRounds; i++) {
                        long writtenAt = System.nanoTime();
                        Files.writeString(markedFile.get(), bad + "\n// " + hostile + " " + i + "\n");
                        if (hostile == Hostile.ENDLESS) {
                            keys.add(keyDuringRun(session, screens, writtenAt));
                        }
                        hit.add(waitForResult(shown, module, writtenAt));
                        recovered.add(saveAndWait(shown, module, markedFile.get(), good + "\n// recovered " + i + "\n"));
                    }
                    recoveries.put(hostile, new Recovery(new Timings(hit), new Timings(recovered)));
                }
            }
            session.stop();
            loop.join(PATIENCE.toMillis());
            return new Latency(new Timings(samples), recoveries, keys.isEmpty() ? Optional.empty() : Optional.of(new Timings(keys)));
        }
    }

    // 'h' while the run of a save goes on: the time until the watcher shows the screen that answers it.
    private static Duration keyDuringRun(WatchSession session, BlockingQueue<Long> screens, long savedAt)
            throws InterruptedException, TimeoutException {
        Thread.sleep(Math.max(0, KEY_AFTER_SAVE.toMillis() - (System.nanoTime() - savedAt) / 1_000_000));
        screens.clear();
        long pressedAt = System.nanoTime();
        session.press('h');
        Long answered = screens.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        if (answered == null) {
            throw new TimeoutException("no screen within " + PATIENCE + " after a key");
        }
        return Duration.ofNanos(answered - pressedAt);
    }

    private static Duration saveAndWait(BlockingQueue<Shown> shown, ExerciseModule module, Path file, String content)
            throws IOException, InterruptedException, TimeoutException {
        long writtenAt = System.nanoTime();
        Files.writeString(file, content);
        return waitForResult(shown, module, writtenAt);
    }

    private static Duration waitForResult(BlockingQueue<Shown> shown, ExerciseModule module, long writtenAt)
            throws InterruptedException, TimeoutException {
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
