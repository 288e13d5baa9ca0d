package dev.apikata.integrations;

import dev.apikata.integrations.given.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that does not sleep: it remembers every wait it was asked for. */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
    }

    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
