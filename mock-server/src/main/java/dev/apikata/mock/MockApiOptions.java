package dev.apikata.mock;

import java.time.Clock;
import java.time.Duration;

/**
 * How to start a {@link MockApi}. Start from {@link #defaults()} and change what you need:
 * {@code MockApiOptions.defaults().withPort(8080).withFakeWrites(true)}.
 *
 * @param host the address to bind; 127.0.0.1 unless you really mean another interface
 * @param port 0 picks a free port
 * @param fakeWrites answer writes like JSONPlaceholder but store nothing
 * @param journalSize how many recent requests {@code /__admin/requests} keeps
 * @param clock the time source for token expiry and rate limits (tests pass a fixed clock)
 * @param tokenLifetime how long an access token from {@code /oauth/token} is valid
 * @param readTimeout how long the server waits for more of a request body that stopped arriving
 *     (a short body, {@code Expect: 100-continue} and no body) before it answers 408
 */
public record MockApiOptions(
        String host, int port, boolean fakeWrites, int journalSize, Clock clock, Duration tokenLifetime, Duration readTimeout) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_JOURNAL_SIZE = 1000;
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    public MockApiOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (journalSize < 1) {
            throw new IllegalArgumentException("journalSize must be at least 1, was " + journalSize);
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive, was " + tokenLifetime);
        }
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout must be positive, was " + readTimeout);
        }
    }

    public static MockApiOptions defaults() {
        return new MockApiOptions(LOOPBACK, 0, false, DEFAULT_JOURNAL_SIZE, Clock.systemUTC(), Duration.ofHours(1), DEFAULT_READ_TIMEOUT);
    }

    public MockApiOptions withHost(String value) {
        return new MockApiOptions(value, port, fakeWrites, journalSize, clock, tokenLifetime, readTimeout);
    }

    public MockApiOptions withPort(int value) {
        return new MockApiOptions(host, value, fakeWrites, journalSize, clock, tokenLifetime, readTimeout);
    }

    public MockApiOptions withFakeWrites(boolean value) {
        return new MockApiOptions(host, port, value, journalSize, clock, tokenLifetime, readTimeout);
    }

    public MockApiOptions withJournalSize(int value) {
        return new MockApiOptions(host, port, fakeWrites, value, clock, tokenLifetime, readTimeout);
    }

    public MockApiOptions withClock(Clock value) {
        return new MockApiOptions(host, port, fakeWrites, journalSize, value, tokenLifetime, readTimeout);
    }

    public MockApiOptions withReadTimeout(Duration value) {
        return new MockApiOptions(host, port, fakeWrites, journalSize, clock, tokenLifetime, value);
    }

    public MockApiOptions withTokenLifetime(Duration value) {
        return new MockApiOptions(host, port, fakeWrites, journalSize, clock, value, readTimeout);
    }
}
