package dev.apikata.retries;

import java.time.Duration;

/**
 * How long to wait before a retry when the server does not say. Given: you do not need to change
 * this interface; {@link ExponentialBackoff} (task 05.2) is the implementation to use, and a test
 * may pass a simpler one, such as {@code retry -> Duration.ofMillis(100L * retry)}.
 */
@FunctionalInterface
public interface Backoff {

    /**
     * The wait before retry number {@code retry}: 1 before the first retry (the second attempt),
     * 2 before the second retry, and so on.
     */
    Duration delayBefore(int retry);
}
