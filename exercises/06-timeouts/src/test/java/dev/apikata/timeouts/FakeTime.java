package dev.apikata.timeouts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The test's time: a clock and a sleeper that writes the waits down and moves the clock by them
 * instead of sleeping. A zero wait is no wait and is not written down.
 *
 * <p>A {@linkplain #stopped stopped} clock moves only when the test or a wait moves it, so every
 * reading is exact. A {@linkplain #running running} one also moves with real time, as a real clock
 * does while a request is on the wire: code may ask it whether a deadline has passed after an
 * attempt that really took time, and get the same answer as in production; only the waits are skipped.
 */
final class FakeTime extends Clock implements Sleeper {

    private final Instant start;
    private final boolean running;
    private final long startNanos = System.nanoTime();
    private Duration skipped = Duration.ZERO;
    private final List<Duration> waits = new ArrayList<>();

    private FakeTime(Instant start, boolean running) {
        this.start = start;
        this.running = running;
    }

    /** A clock that stands still at {@code start} until the test advances it or the code waits. */
    static FakeTime stopped(Instant start) {
        return new FakeTime(start, false);
    }

    /** A clock that runs from {@code start} at real speed, and jumps ahead by every wait instead of waiting. */
    static FakeTime running(Instant start) {
        return new FakeTime(start, true);
    }

    @Override
    public synchronized void sleep(Duration duration) {
        if (!duration.isZero()) {
            waits.add(duration);
        }
        skipped = skipped.plus(duration);
    }

    synchronized void advance(Duration duration) {
        skipped = skipped.plus(duration);
    }

    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    /** How far the clock moved since the start. */
    Duration elapsed() {
        return Duration.between(start, instant());
    }

    @Override
    public synchronized Instant instant() {
        Instant now = start.plus(skipped);
        return running ? now.plusNanos(System.nanoTime() - startNanos) : now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock stays in UTC");
    }
}
