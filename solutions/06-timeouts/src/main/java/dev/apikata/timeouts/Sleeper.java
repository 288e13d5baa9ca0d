package dev.apikata.timeouts;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits. Code that waits between attempts takes a {@code Sleeper}, so a test can record the waits
 * instead of spending them. Given: you do not need to change this interface.
 */
@FunctionalInterface
public interface Sleeper {

    /** Blocks the calling thread for {@code duration}; a zero duration returns at once. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: the calling thread sleeps. */
    static Sleeper system() {
        return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
}
