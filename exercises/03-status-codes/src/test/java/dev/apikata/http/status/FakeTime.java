package dev.apikata.http.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that stands still until someone sleeps: each {@link #sleep} is recorded and moves the
 * clock on by exactly that much. Code that waits with it runs at once, and a test can check every wait.
 */
final class FakeTime extends Clock implements Sleeper {

    /** More waits than any test needs: code that polls for ever fails here instead of hanging. */
    private static final int MAX_WAITS = 50;

    private Instant now;
    private final List<Duration> waits = new ArrayList<>();

    FakeTime(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        if (waits.size() >= MAX_WAITS) {
            throw new AssertionError("more than " + MAX_WAITS + " waits (" + waits + "): the code keeps waiting and does not stop");
        }
        waits.add(duration);
        now = now.plus(duration);
    }

    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    synchronized Duration totalWait() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
