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
 */
public record MockApiOptions(
        String host, int port, boolean fakeWrites, int journalSize, Clock clock, Duration tokenLifetime) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_JOURNAL_SIZE = 1000;

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
    }

    public static MockApiOptions defaults() {
        return new MockApiOptions(LOOPBACK, 0, false, DEFAULT_JOURNAL_SIZE, Clock.systemUTC(), Duration.ofHours(1));
    }

    public MockApiOptions withHost(String value) {
        return new MockApiOptions(value, port, fakeWrites, journalSize, clock, tokenLifetime);
    }

    public MockApiOptions withPort(int value) {
        return new MockApiOptions(host, value, fakeWrites, journalSize, clock, tokenLifetime);
    }

    public MockApiOptions withFakeWrites(boolean value) {
        return new MockApiOptions(host, port, value, journalSize, clock, tokenLifetime);
    }

    public MockApiOptions withJournalSize(int value) {
        return new MockApiOptions(host, port, fakeWrites, value, clock, tokenLifetime);
    }

    public MockApiOptions withClock(Clock value) {
        return new MockApiOptions(host, port, fakeWrites, journalSize, value, tokenLifetime);
    }

    public MockApiOptions withTokenLifetime(Duration value) {
        return new MockApiOptions(host, port, fakeWrites, journalSize, clock, value);
    }
}
