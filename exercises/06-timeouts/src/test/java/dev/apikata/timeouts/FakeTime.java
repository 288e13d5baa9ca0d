package dev.apikata.timeouts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The test's time: a clock that only moves when told to, and a sleeper that writes the waits down
 * and moves the clock by them instead of sleeping. A zero wait is no wait and is not written down.
 */
final class FakeTime extends Clock implements Sleeper {

    private final Instant start;
    private Instant now;
    private final List<Duration> waits = new ArrayList<>();

    FakeTime(Instant start) {
        this.start = start;
        this.now = start;
    }

    @Override
    public void sleep(Duration duration) {
        if (!duration.isZero()) {
            waits.add(duration);
        }
        now = now.plus(duration);
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }

    /** How far the clock moved since the start. */
    Duration elapsed() {
        return Duration.between(start, now);
    }

    @Override
    public Instant instant() {
        return now;
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
