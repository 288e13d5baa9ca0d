package dev.apikata.retries;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: before retry {@code n} the ceiling is
 * {@code factor * 2^(n-1)}, at most {@code max}, and the wait is a random part of that ceiling,
 * {@code ceiling * random}, with {@code random} drawn from [0.0, 1.0). Chapter 05, section
 * {@code #backoff-and-jitter}.
 */
public final class ExponentialBackoff implements Backoff {

    private final Duration factor;
    private final Duration max;
    private final DoubleSupplier random;

    /**
     * @param factor the ceiling before the first retry; it doubles before each further retry
     * @param max    no ceiling is ever longer than this
     * @param random a source of values in [0.0, 1.0): {@code () -> ThreadLocalRandom.current().nextDouble()},
     *               or a fixed sequence in a test
     */
    public ExponentialBackoff(Duration factor, Duration max, DoubleSupplier random) {
        this.factor = Objects.requireNonNull(factor, "factor");
        this.max = Objects.requireNonNull(max, "max");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * The wait before retry {@code retry} (1 for the first retry): {@code min(max, factor * 2^(retry-1)) * random}.
     * Never negative, never longer than {@code max}, whatever {@code retry} is.
     */
    @Override
    public Duration delayBefore(int retry) {
        // 2^(retry-1) outgrows a long after 63 retries: compute the ceiling in double, cap it, then jitter.
        double ceiling = Math.min(max.toNanos(), factor.toNanos() * Math.pow(2, retry - 1));
        return Duration.ofNanos((long) (ceiling * random.getAsDouble()));
    }
}
