package dev.apikata.kit.bench;

import java.time.Duration;
import java.util.List;

/** Measured durations of one kind, and their median. */
record Timings(List<Duration> samples) {

    Timings {
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
    }

    Duration median() {
        List<Duration> sorted = samples.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    Duration min() {
        return samples.stream().min(Duration::compareTo).orElseThrow();
    }

    Duration max() {
        return samples.stream().max(Duration::compareTo).orElseThrow();
    }
}
