package dev.apikata.kit.watch;

import dev.apikata.course.Task;
import dev.apikata.kit.LocalizedMessages;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.RunCancelledException;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Watch mode's loop: runs the module the learner saved, shows where they stand, and answers keys.
 * One loop thread handles every event in turn (a save, a key, a finished run) and never waits for
 * a run: runs happen on a thread of their own, one at a time, so a key is answered at once, even
 * while the tests of an endless loop wait out their timeout, and a newer save cancels the run that
 * it makes pointless.
 */
public final class WatchSession implements AutoCloseable {

    /** What a session needs from the outside world. */
    public record Settings(Project project, ModuleTestRunner runner, FileWatcher watcher, Duration debounce,
                           LocalizedMessages text, ScreenStyle style, Consumer<String> display, HintLevels hints,
                           boolean lineInput, Supplier<TerminalSize> size) {
        public Settings {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(runner, "runner");
            Objects.requireNonNull(watcher, "watcher");
            Objects.requireNonNull(debounce, "debounce");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(display, "display");
            Objects.requireNonNull(hints, "hints");
            Objects.requireNonNull(size, "size");
        }

        /** Settings for a screen without a height: every line is shown (pipes, logs, tests). */
        public Settings(Project project, ModuleTestRunner runner, FileWatcher watcher, Duration debounce,
                LocalizedMessages text, ScreenStyle style, Consumer<String> display, HintLevels hints,
                boolean lineInput) {
            this(project, runner, watcher, debounce, text, style, display, hints, lineInput, () -> TerminalSize.UNLIMITED);
        }
    }

    /** The resource bundle of watch mode's messages. */
    public static final String MESSAGES = "dev.apikata.kit.watch.messages";

    private static final String CLEAR_SCREEN = "\u001b[H\u001b[2J";

    /** Why a module runs: it decides what the screen does with the result. */
    private enum Trigger { OPENING, SAVE, KEY, CHECK, BACKGROUND, PREPARE }

    private record Job(ExerciseModule module, Trigger trigger) {
    }

    private record Running(long id, Job job, Future<?> future) {
    }

    private final Settings settings;
    private final CourseProgress progress;
    private final WatchScreen screen;
    private final BlockingQueue<WatchEvent> events = new LinkedBlockingQueue<>();
    private final Deque<Job> pending = new ArrayDeque<>();
    private final ExecutorService runs = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "kit-watch-run");
        thread.setDaemon(true);
        return thread;
    });
    private final SaveDebouncer debouncer;
    // Runs whose result the next screen is the first to show.
    private final List<ModuleStatus> unshown = new ArrayList<>();
    private volatile Consumer<ModuleStatus> afterRun = status -> { };
    private Running running;
    private long lastRun;
    private TaskRef current;
    private Optional<String> lastNote = Optional.empty();
    private boolean listOpen;
    private int listCursor;

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

    /** A line typed where the terminal gives no single keys: a key's letter, a task id, or nothing (re-run). */
    public void type(String line) {
        events.add(new WatchEvent.Line(line));
    }

    public void stop() {
        events.add(new WatchEvent.Stop());
    }

    /**
     * Without a terminal: runs every module once, shows the first unfinished task (or that all pass)
     * and a one-line summary. Returns the exit code: 0 when every task passes, 1 otherwise.
     */
    public int runOnce() {
        for (ExerciseModule module : settings.project().modules()) {
            ModuleStatus status = runNow(module);
            progress.record(status);
            unshown.add(status);
        }
        current = progress.firstUnfinished().orElseGet(this::lastTask);
        String summary = settings.text().get("summary", progress.passedTasks(), progress.totalTasks());
        show(Optional.of(progress.allPassed() ? settings.text().get("all.done") + "\n" + summary : summary));
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
        settings.runner().warm();
        // Modules in course order until one is unfinished: that is where the learner is.
        settings.project().modules().forEach(module -> pending.add(new Job(module, Trigger.OPENING)));
        while (true) {
            startNextRun();
            WatchEvent event;
            try {
                event = events.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelRunning();
                return;
            }
            if (event instanceof WatchEvent.Stop) {
                cancelRunning();
                return;
            }
            handle(event);
        }
    }

    private void handle(WatchEvent event) {
        if (event instanceof WatchEvent.Saved saved) {
            onSaved(saved);
        } else if (event instanceof WatchEvent.Ran ran) {
            onRan(ran);
        } else if (event instanceof WatchEvent.Key key) {
            if (current != null) {
                onKey(key.key());
            } else if (Character.toLowerCase(key.key()) == 'q') {
                stop();
            }
        } else if (event instanceof WatchEvent.Line line) {
            onLine(line.text().strip());
        }
    }

    private void startNextRun() {
        if (running != null || pending.isEmpty()) {
            return;
        }
        Job job = pending.poll();
        long id = ++lastRun;
        if (settings.style().terminal() && current != null && (job.trigger() == Trigger.SAVE || job.trigger() == Trigger.KEY)) {
            settings.display().accept(settings.style().dim(settings.text().get("running", job.module().name())) + "\n");
        }
        Future<?> future = runs.submit(() -> {
            if (job.trigger() == Trigger.PREPARE) {
                try {
                    settings.runner().prepare(job.module());
                } catch (RuntimeException e) {
                    // only a head start: the next run compiles anyway
                }
                events.add(new WatchEvent.Ran(id, null));
                return;
            }
            try {
                events.add(new WatchEvent.Ran(id, runNow(job.module())));
            } catch (RunCancelledException e) {
                // a newer run replaces it
            }
        });
        running = new Running(id, job, future);
    }

    private ModuleStatus runNow(ExerciseModule module) {
        try {
            return settings.runner().run(module);
        } catch (RunCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            // A broken run must not end watch mode: say what happened and wait for the next save.
            return new ModuleStatus(module.name(), module.manifest().tasks().stream()
                    .map(task -> new TaskStatus(task.id(), false, Optional.empty())).toList(),
                    Optional.empty(), Optional.of(e.toString()));
        }
    }

    private void cancelRunning() {
        if (running != null) {
            running.future().cancel(true);
            running = null;
        }
    }

    private void onSaved(WatchEvent.Saved saved) {
        List<ExerciseModule> modules = settings.project().modules().stream()
                .filter(module -> saved.modules().contains(module.name())).toList();
        // Latest save first; what ran on the old code is of no use now.
        for (int i = modules.size() - 1; i >= 0; i--) {
            ExerciseModule module = modules.get(i);
            if (running != null && running.job().module().equals(module) && running.job().trigger() != Trigger.PREPARE) {
                cancelRunning();
            }
            pending.removeIf(job -> job.module().equals(module));
            pending.addFirst(new Job(module, Trigger.SAVE));
        }
    }

    private void onRan(WatchEvent.Ran ran) {
        if (running == null || ran.run() != running.id()) {
            return; // the result of a cancelled run
        }
        Job job = running.job();
        running = null;
        if (ran.status() == null) {
            return; // prepared
        }
        progress.record(ran.status());
        unshown.add(ran.status());
        if (current == null) {
            open();
            return;
        }
        ExerciseModule module = job.module();
        switch (job.trigger()) {
            case SAVE -> {
                Optional<String> note = Optional.empty();
                if (!module.equals(current.module())) {
                    // The learner works on what they save: follow them to that module.
                    current = firstUnfinishedIn(module).orElse(new TaskRef(module, module.manifest().tasks().get(0)));
                } else if (progress.passed(current)) {
                    note = advancePastPassed();
                }
                show(note);
            }
            case KEY -> show(Optional.empty());
            case CHECK -> {
                if (pending.stream().noneMatch(next -> next.trigger() == Trigger.CHECK)) {
                    current = progress.firstUnfinished().orElse(current);
                    String summary = settings.text().get("check.summary", progress.passedTasks(), progress.totalTasks());
                    show(Optional.of(progress.allPassed() ? summary + "\n" + settings.text().get("all.done") : summary));
                }
            }
            default -> show(lastNote); // a run while the learner is idle keeps the hint on the screen
        }
    }

    // The first screen: at the first unfinished task once its module has run, or "all done".
    private void open() {
        Optional<TaskRef> first = progress.firstUnfinished();
        if (first.isPresent() && progress.hasRun(first.get().module())) {
            current = first.get();
            show(Optional.empty());
            pending.add(new Job(current.module(), Trigger.PREPARE));
        } else if (first.isEmpty()) {
            current = lastTask();
            show(Optional.of(settings.text().get("all.done")));
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
        moveTo(next.get());
        return Optional.of(done);
    }

    // The current task moves; a module that has not run yet runs next.
    private void moveTo(TaskRef task) {
        current = task;
        if (!progress.hasRun(task.module()) && pending.stream().noneMatch(job -> job.module().equals(task.module())
                && job.trigger() != Trigger.PREPARE)) {
            pending.addFirst(new Job(task.module(), Trigger.BACKGROUND));
        }
    }

    private void onKey(char key) {
        if (listOpen) {
            onListKey(key);
            return;
        }
        switch (Character.toLowerCase(key)) {
            case 'h' -> show(Optional.of(hints(current)));
            case 'n' -> {
                Optional<TaskRef> next = progress.nextUnfinishedAfter(current);
                next.ifPresent(this::moveTo);
                show(next.isPresent() ? Optional.empty() : Optional.of(settings.text().get("all.done")));
            }
            case 'l' -> {
                listOpen = true;
                listCursor = Math.max(0, progress.allTasks().indexOf(current));
                show(lastNote);
            }
            case 'r', Keys.ENTER -> rerun(current.module(), Trigger.KEY);
            case 'c' -> {
                pending.removeIf(job -> job.trigger() != Trigger.SAVE);
                settings.project().modules().forEach(module -> pending.add(new Job(module, Trigger.CHECK)));
            }
            case 'q' -> stop();
            default -> { }
        }
    }

    private void onListKey(char key) {
        List<TaskRef> tasks = progress.allTasks();
        switch (Character.toLowerCase(key)) {
            case Keys.UP, 'k' -> listCursor = Math.max(0, listCursor - 1);
            case Keys.DOWN, 'j' -> listCursor = Math.min(tasks.size() - 1, listCursor + 1);
            case Keys.ENTER, ' ' -> {
                listOpen = false;
                moveTo(tasks.get(listCursor));
                lastNote = Optional.empty();
            }
            case Keys.ESCAPE, 'l', 'q' -> listOpen = false;
            default -> { }
        }
        show(lastNote);
    }

    private void onLine(String line) {
        Optional<TaskRef> named = progress.allTasks().stream().filter(ref -> ref.task().id().equals(line)).findFirst();
        if (named.isPresent()) {
            listOpen = false;
            moveTo(named.get());
            show(Optional.empty());
        } else if (line.isEmpty()) {
            if (listOpen) {
                listOpen = false;
                show(lastNote);
            } else if (current != null) {
                onKey('r');
            }
        } else if (current != null) {
            onKey(line.charAt(0));
        }
    }

    private void rerun(ExerciseModule module, Trigger trigger) {
        if (running != null && running.job().module().equals(module)) {
            cancelRunning();
        }
        pending.removeIf(job -> job.module().equals(module));
        pending.addFirst(new Job(module, trigger));
    }

    // Every hint reached so far, one more on each press, as kit hint shows them.
    private String hints(TaskRef ref) {
        Task task = ref.task();
        LocalizedMessages text = settings.text();
        if (task.hints().isEmpty()) {
            return text.get("hint.none", task.id());
        }
        int level = settings.hints().advance(task);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= level; i++) {
            out.append(text.get("hint", i, task.hints().size(), task.id())).append("\n  ")
                    .append(task.hints().get(i - 1).in(text.language())).append('\n');
        }
        if (level == task.hints().size()) {
            out.append(text.get("hint.last", task.id())).append('\n')
                    .append(text.get(progress.passed(ref) ? "hint.solution.now" : "hint.solution.later", task.id()));
        }
        return out.toString().strip();
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
        if (current == null) {
            return;
        }
        List<String> footer = new ArrayList<>();
        if (settings.style().terminal()) {
            if (running != null && running.job().trigger() != Trigger.PREPARE) {
                footer.add(settings.style().dim(settings.text().get("running", running.job().module().name())));
            }
            footer.add(settings.style().dim(settings.text().get(settings.lineInput() ? "keys.lines" : "keys")));
        }
        TerminalSize size = settings.style().terminal() ? settings.size().get() : TerminalSize.UNLIMITED;
        String body = listOpen
                ? screen.taskList(progress, progress.allTasks(), listCursor, settings.lineInput(), footer, size)
                : screen.render(progress, current, note, footer, size);
        if (settings.style().terminal()) {
            settings.display().accept((settings.style().ansi() ? CLEAR_SCREEN : "\n") + body);
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
        cancelRunning();
        runs.shutdownNow();
    }
}
