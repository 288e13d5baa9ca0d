package dev.apikata.retries;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Sleeper} that writes the waits down instead of spending them. A zero wait is no wait,
 * so it is not written down: code may or may not "sleep 0" and still be right.
 */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new ArrayList<>();
    private boolean interrupt;

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (interrupt) {
            throw new InterruptedException("the test interrupted the wait");
        }
        if (!duration.isZero()) {
            waits.add(duration);
        }
    }

    /** From now on every wait is interrupted, as when the program is asked to stop. */
    RecordingSleeper interruptingEveryWait() {
        interrupt = true;
        return this;
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
