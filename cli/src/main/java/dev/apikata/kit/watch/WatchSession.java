package dev.apikata.kit.watch;

import dev.apikata.kit.LocalizedMessages;
import dev.apikata.course.Task;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watch mode's loop: runs the module the learner saved, shows where they stand, and answers keys.
 * Everything happens on the thread that calls {@link #run()}, one event at a time; the file watcher
 * and the keyboard only post events.
 */
public final class WatchSession implements AutoCloseable {

    /** What a session needs from the outside world. */
    public record Settings(Project project, ModuleTestRunner runner, FileWatcher watcher, Duration debounce,
                           LocalizedMessages text, ScreenStyle style, Consumer<String> display, HintLevels hints,
                           boolean lineInput) {
        public Settings {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(runner, "runner");
            Objects.requireNonNull(watcher, "watcher");
            Objects.requireNonNull(debounce, "debounce");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(display, "display");
            Objects.requireNonNull(hints, "hints");
        }
    }

    /** The resource bundle of watch mode's messages. */
    public static final String MESSAGES = "dev.apikata.kit.watch.messages";

    private static final String CLEAR_SCREEN = "\u001b[H\u001b[2J";

    private final Settings settings;
    private final CourseProgress progress;
    private final WatchScreen screen;
    private final BlockingQueue<WatchEvent> events = new LinkedBlockingQueue<>();
    // Modules not run yet, run while the learner is idle so the course bar becomes exact.
    private final Deque<ExerciseModule> background = new ArrayDeque<>();
    private final SaveDebouncer debouncer;
    // Runs whose result the next screen is the first to show.
    private final List<ModuleStatus> unshown = new ArrayList<>();
    private volatile Consumer<ModuleStatus> afterRun = status -> { };
    private TaskRef current;
    private Optional<String> lastNote = Optional.empty();

    public WatchSession(Settings settings) {
        this.settings = settings;
        this.progress = new CourseProgress(settings.project());
        this.screen = new WatchScreen(settings.text(), settings.style());
        this.debouncer = new SaveDebouncer(settings.debounce(), modules -> events.add(new WatchEvent.Saved(modules)));
    }

    /** Called on the loop thread for each module run, right after the first screen that shows its result. */
    public void afterEachRun(Consumer<ModuleStatus> listener) {
        this.afterRun = Objects.requireNonNull(listener);
    }

    public void press(char key) {
        events.add(new WatchEvent.Key(key));
    }

    public void stop() {
        events.add(new WatchEvent.Stop());
    }

    /**
     * Without a terminal: runs every module once, shows the first unfinished task (or that all pass)
     * and a one-line summary. Returns the exit code: 0 when every task passes, 1 otherwise.
     */
    public int runOnce() {
        settings.project().modules().forEach(this::runModule);
        current = progress.firstUnfinished().orElseGet(this::lastTask);
        String summary = settings.text().get("summary", progress.passedTasks(), progress.totalTasks());
        Optional<String> note = progress.allPassed()
                ? Optional.of(settings.text().get("all.done") + "\n" + summary) : Optional.of(summary);
        show(note);
        return progress.allPassed() ? 0 : 1;
    }

    /** Runs {@link #run()} on a new daemon thread: for callers that drive the session from outside (tests, benchmarks). */
    public Thread runInBackground(String threadName) {
        Thread loop = new Thread(() -> {
            try {
                run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threadName);
        loop.setDaemon(true);
        loop.start();
        return loop;
    }

    /** Opens at the first unfinished task, then re-runs on saves and answers keys until {@link #stop()}. */
    public void run() throws IOException {
        // Watch first: a save made while the first results are computed must not be lost.
        Path exercises = settings.project().root().resolve("exercises");
        settings.watcher().start(exercises, changed ->
                ExerciseChange.moduleOf(exercises, changed).ifPresent(debouncer::changed));
        openAtFirstUnfinished();
        while (true) {
            WatchEvent event;
            try {
                event = background.isEmpty() ? events.take() : events.poll(0, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (event == null) {
                runModule(background.poll());
                show(lastNote); // an idle-time run must not wipe the hint the learner is reading
                continue;
            }
            if (event instanceof WatchEvent.Stop) {
                return;
            }
            handle(event);
        }
    }

    private void openAtFirstUnfinished() {
        // Run modules in course order until one is unfinished: that is where the learner is.
        for (ExerciseModule module : settings.project().modules()) {
            if (current == null) {
                runModule(module);
                progress.firstUnfinished().filter(ref -> progress.hasRun(ref.module())).ifPresent(ref -> current = ref);
            } else {
                background.add(module);
            }
        }
        if (current == null) {
            current = lastTask();
            show(Optional.of(settings.text().get("all.done")));
        } else {
            show(Optional.empty());
        }
    }

    private void handle(WatchEvent event) {
        if (event instanceof WatchEvent.Saved saved) {
            onSaved(saved);
        } else if (event instanceof WatchEvent.Key key) {
            onKey(Character.toLowerCase(key.key()));
        }
    }

    private void onSaved(WatchEvent.Saved saved) {
        for (ExerciseModule module : settings.project().modules()) {
            if (!saved.modules().contains(module.name())) {
                continue;
            }
            background.remove(module);
            runModule(module);
            Optional<String> note = Optional.empty();
            if (!module.equals(current.module())) {
                // The learner works on what they save: follow them to that module.
                current = firstUnfinishedIn(module).orElse(new TaskRef(module, module.manifest().tasks().get(0)));
            } else if (progress.passed(current)) {
                note = advancePastPassed();
            }
            show(note);
        }
    }

    private Optional<String> advancePastPassed() {
        Optional<TaskRef> sameModule = firstUnfinishedIn(current.module());
        if (sameModule.isPresent()) {
            current = sameModule.get();
            return Optional.empty();
        }
        String done = settings.text().get("module.done", current.module().id());
        Optional<TaskRef> next = progress.nextUnfinished(current);
        if (next.isEmpty()) {
            return Optional.of(settings.text().get("all.done"));
        }
        current = next.get();
        if (!progress.hasRun(current.module())) {
            background.remove(current.module());
            runModule(current.module());
        }
        return Optional.of(done);
    }

    private void onKey(char key) {
        switch (key) {
            case 'h' -> show(Optional.of(hint(current.task())));
            case 'n' -> {
                current = progress.following(current);
                if (!progress.hasRun(current.module())) {
                    background.remove(current.module());
                    runModule(current.module());
                }
                show(Optional.empty());
            }
            case 'l' -> show(Optional.of(screen.moduleList(progress)));
            case 'r' -> {
                runModule(current.module());
                show(Optional.empty());
            }
            case 'c' -> {
                background.clear();
                for (ExerciseModule module : settings.project().modules()) {
                    runModule(module);
                }
                current = progress.firstUnfinished().orElse(current);
                String summary = settings.text().get("check.summary", progress.passedTasks(), progress.totalTasks());
                show(Optional.of(progress.allPassed() ? summary + "\n" + settings.text().get("all.done") : summary));
            }
            case 'q' -> stop();
            default -> { }
        }
    }

    private String hint(Task task) {
        if (task.hints().isEmpty()) {
            return settings.text().get("hint.none", task.id());
        }
        int level = settings.hints().advance(task);
        String text = settings.text().get("hint", level, task.hints().size(), task.id()) + "\n  "
                + task.hints().get(level - 1).in(settings.text().language());
        return level == task.hints().size() ? text + "\n" + settings.text().get("hint.last", task.id()) : text;
    }

    private ModuleStatus runModule(ExerciseModule module) {
        if (settings.style().terminal()) {
            settings.display().accept(settings.text().get("running", module.name()) + "\n");
        }
        ModuleStatus status;
        try {
            status = settings.runner().run(module);
        } catch (RuntimeException e) {
            // A broken run must not end watch mode: say what happened and wait for the next save.
            status = new ModuleStatus(module.name(), module.manifest().tasks().stream()
                    .map(task -> new TaskStatus(task.id(), false, Optional.empty())).toList(),
                    Optional.empty(), Optional.of(e.toString()));
        }
        progress.record(status);
        unshown.add(status);
        return status;
    }

    private Optional<TaskRef> firstUnfinishedIn(ExerciseModule module) {
        return module.manifest().tasks().stream().map(task -> new TaskRef(module, task))
                .filter(ref -> !progress.passed(ref)).findFirst();
    }

    private TaskRef lastTask() {
        var tasks = progress.allTasks();
        return tasks.get(tasks.size() - 1);
    }

    private void show(Optional<String> note) {
        lastNote = note;
        String body = screen.render(progress, current, note);
        if (settings.style().terminal()) {
            String clear = settings.style().ansi() ? CLEAR_SCREEN : "\n";
            String keys = settings.text().get(settings.lineInput() ? "keys.lines" : "keys");
            settings.display().accept(clear + body + "\n" + settings.style().dim(keys) + "\n");
        } else {
            settings.display().accept(body);
        }
        unshown.forEach(afterRun);
        unshown.clear();
    }

    @Override
    public void close() {
        debouncer.close();
        settings.watcher().close();
    }
}
