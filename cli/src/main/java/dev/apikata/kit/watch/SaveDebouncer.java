package dev.apikata.kit.watch;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns a burst of change events into one "these modules changed" call. Editors write a file in
 * several steps (truncate, write, rename, touch a backup), so the call waits until the files have
 * been quiet for {@code quiet}.
 */
public final class SaveDebouncer implements AutoCloseable {

    private final Duration quiet;
    private final Consumer<Set<String>> onSettled;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kit-save-debouncer");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> pending = new LinkedHashSet<>();
    private ScheduledFuture<?> timer;

    public SaveDebouncer(Duration quiet, Consumer<Set<String>> onSettled) {
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        this.onSettled = Objects.requireNonNull(onSettled, "onSettled");
    }

    /** Notes a change in {@code module}; restarts the quiet period. */
    public synchronized void changed(String module) {
        pending.add(module);
        if (timer != null) {
            timer.cancel(false);
        }
        timer = scheduler.schedule(this::fire, quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fire() {
        Set<String> modules;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            modules = Set.copyOf(pending);
            pending.clear();
        }
        onSettled.accept(modules);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
