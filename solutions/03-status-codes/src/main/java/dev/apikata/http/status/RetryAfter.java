package dev.apikata.http.status;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a Retry-After header: a number of seconds ({@code Retry-After: 120}) or an HTTP date
 * ({@code Retry-After: Sun, 01 Jan 2023 00:02:00 GMT}). Given: module 05 takes it apart; here
 * you only call it.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * The wait the headers ask for, measured from {@code clock}'s now; empty when there is no
     * Retry-After header or its value is neither form. A date in the past means no wait.
     */
    public static Optional<Duration> parse(HttpHeaders headers, Clock clock) {
        return headers.firstValue("Retry-After").map(String::strip).flatMap(value -> parse(value, clock));
    }

    private static Optional<Duration> parse(String value, Clock clock) {
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
