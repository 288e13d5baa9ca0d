package dev.apikata.integrations;

import java.time.Instant;

/** One sample of a range vector. */
public record Point(Instant time, double value) {
}
