package dev.apikata.kit.watch;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The screens a watch session drew, in order, for a test to wait for the one it expects. */
final class Screens implements Consumer<String> {

    private final BlockingQueue<String> drawn = new LinkedBlockingQueue<>();
    private final Duration patience;
    private volatile String latest;

    Screens(Duration patience) {
        this.patience = patience;
    }

    @Override
    public void accept(String screen) {
        latest = screen;
        drawn.add(screen);
    }

    String latest() {
        return latest;
    }

    /** The next screen drawn, if one comes in time. */
    String poll() {
        return drawn.poll();
    }

    /** Skips screens until one is {@code wanted}; fails, showing the last one, if none comes in time. */
    String await(Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            String screen = drawn.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (screen == null) {
                break;
            }
            last = screen;
            if (wanted.test(screen)) {
                return screen;
            }
        }
        throw new AssertionError("no such screen within " + patience + "; the last one was:\n" + last);
    }
}
