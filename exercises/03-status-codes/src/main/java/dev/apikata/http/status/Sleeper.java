package dev.apikata.http.status;

import java.time.Duration;

/**
 * Waits. Production code passes {@link #SYSTEM}; tests pass one that only records the waits, so
 * they run in no time and can check each one. Given: you do not need to change this interface.
 */
@FunctionalInterface
public interface Sleeper {

    /** Really sleeps, with {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
