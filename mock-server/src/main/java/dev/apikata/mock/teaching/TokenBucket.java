package dev.apikata.mock.teaching;

import java.time.Clock;

/** A token bucket: {@code capacity} requests at once, refilled at {@code refillPerSecond}. */
public final class TokenBucket {

    /** The outcome of one request: allowed or not, what is left, and when to come back. */
    public record Decision(boolean allowed, int remaining, long retryAfterSeconds, long resetEpochSeconds) {}

    private final int capacity;
    private final double refillPerSecond;
    private final Clock clock;
    private double tokens;
    private long updatedMillis;

    public TokenBucket(int capacity, double refillPerSecond, Clock clock) {
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.clock = clock;
        this.tokens = capacity;
        this.updatedMillis = clock.millis();
    }

    public int capacity() {
        return capacity;
    }

    public synchronized Decision tryTake() {
        long now = clock.millis();
        tokens = Math.min(capacity, tokens + (now - updatedMillis) / 1000.0 * refillPerSecond);
        updatedMillis = now;
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long retryAfter = allowed ? 0 : (long) Math.ceil((1 - tokens) / refillPerSecond);
        long secondsToFull = (long) Math.ceil((capacity - tokens) / refillPerSecond);
        return new Decision(allowed, (int) Math.floor(tokens), retryAfter, Math.floorDiv(now, 1000) + secondsToFull);
    }
}
