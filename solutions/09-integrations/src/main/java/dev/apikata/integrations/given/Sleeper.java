package dev.apikata.integrations.given;

import java.time.Duration;

/**
 * Given: how code that waits waits (module 05). Production passes {@link #SYSTEM}; a test passes a
 * recorder and checks the exact waits without waiting at all.
 */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
