package dev.apikata.retries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.LearnerFeedback;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Module 05, task 05.2: exponential backoff with full jitter. The random source is the test's, so
 * every wait is known to the nanosecond: binary fractions such as 0.5 and 0.25 multiply exactly.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:05.2")
@DisplayName("05.2 ExponentialBackoff: factor × 2^(n-1), capped, with full jitter")
class ExponentialBackoffTest {

    private static final Duration FACTOR = Duration.ofMillis(100);
    private static final Duration CAP = Duration.ofSeconds(5);

    /** Hands out the given values in turn, and fails the test when asked for more. */
    private static DoubleSupplier randoms(Double... values) {
        Deque<Double> left = new ArrayDeque<>(Arrays.asList(values));
        return () -> {
            assertThat(left).as("the backoff asked the random source for more values than there are waits").isNotEmpty();
            return left.removeFirst();
        };
    }

    private static List<Duration> waits(Backoff backoff, int... retries) {
        return IntStream.of(retries).mapToObj(backoff::delayBefore).toList();
    }

    @Test
    @DisplayName("with random 0.5 the first four retries wait 50, 100, 200 and 400 ms: half of 100 ms doubling")
    void doublesFromTheFactor() {
        Backoff backoff = new ExponentialBackoff(FACTOR, CAP, () -> 0.5);

        assertThat(waits(backoff, 1, 2, 3, 4)).as("delayBefore(1..4) with factor 100 ms and random 0.5")
                .containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    @DisplayName("every wait draws a fresh random value: 0.25 of 100 ms, then 0.75 of 200 ms")
    void freshRandomForEachWait() {
        Backoff backoff = new ExponentialBackoff(FACTOR, CAP, randoms(0.25, 0.75));

        assertThat(waits(backoff, 1, 2)).as("delayBefore(1), delayBefore(2) with random values 0.25 then 0.75")
                .containsExactly(Duration.ofMillis(25), Duration.ofMillis(150));
    }

    @Test
    @DisplayName("the ceiling stops at the maximum, and the jitter applies to the capped ceiling")
    void capThenJitter() {
        Backoff backoff = new ExponentialBackoff(Duration.ofSeconds(1), CAP, () -> 0.5);

        // Retry 3: 4 s, under the cap. Retry 4: 8 s, capped to 5 s, then half of it.
        assertThat(waits(backoff, 3, 4, 6)).as("delayBefore(3), (4), (6) with factor 1 s, cap 5 s and random 0.5")
                .containsExactly(Duration.ofSeconds(2), Duration.ofMillis(2500), Duration.ofMillis(2500));
    }

    @Test
    @DisplayName("retries far down the line are still capped, never overflowed into nonsense")
    void noOverflow() {
        Backoff backoff = new ExponentialBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.5);

        assertThat(waits(backoff, 31, 32, 63, 64, 65, 100, 1_000, Integer.MAX_VALUE))
                .as("delayBefore(n) for large n, with factor 1 s, cap 30 s and random 0.5")
                .containsOnly(Duration.ofSeconds(15));
    }

    @Test
    @DisplayName("full jitter spans the whole range: random 0 waits nothing, random near 1 nearly the whole ceiling")
    void fullRange() {
        assertThat(new ExponentialBackoff(FACTOR, CAP, () -> 0.0).delayBefore(3))
                .as("delayBefore(3) with random 0.0").isEqualTo(Duration.ZERO);
        assertThat(new ExponentialBackoff(FACTOR, CAP, () -> 0.9375).delayBefore(3))
                .as("delayBefore(3) with random 0.9375 (ceiling 400 ms)").isEqualTo(Duration.ofMillis(375));
    }

    @Test
    @DisplayName("the first retry already waits: a random part of the factor itself, not zero and not twice the factor")
    void firstRetryWaits() {
        Backoff backoff = new ExponentialBackoff(Duration.ofSeconds(2), Duration.ofSeconds(30), () -> 0.75);

        assertThat(backoff.delayBefore(1)).as("delayBefore(1) with factor 2 s and random 0.75")
                .isEqualTo(Duration.ofMillis(1500));
    }
}
