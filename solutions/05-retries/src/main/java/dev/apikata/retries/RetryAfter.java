package dev.apikata.retries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a {@code Retry-After} header (RFC 9110, section 10.2.3). Chapter 05, section
 * {@code #retry-after}.
 */
public final class RetryAfter {

    // delta-seconds = 1*DIGIT (RFC 9110); 18 digits still fit in a long.
    private static final Pattern DELTA_SECONDS = Pattern.compile("\\d{1,18}");

    private RetryAfter() {
    }

    /**
     * How long the server asks the client to wait.
     *
     * <ul>
     *   <li>delta-seconds, digits only: {@code "120"} is two minutes;</li>
     *   <li>an HTTP-date: {@code "Wed, 21 Oct 2015 07:28:00 GMT"} is the time from {@code clock}'s now
     *       until then, and zero when that moment has passed.</li>
     * </ul>
     *
     * @return the wait, or empty when {@code value} is neither form (a client then falls back to its backoff)
     */
    public static Optional<Duration> parse(String value, Clock clock) {
        String text = value.strip();
        if (DELTA_SECONDS.matcher(text).matches()) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Instant then = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), then);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
