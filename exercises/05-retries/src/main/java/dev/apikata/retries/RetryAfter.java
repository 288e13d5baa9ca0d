package dev.apikata.retries;

import dev.apikata.course.NotDoneYet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110, section 10.2.3). Chapter 05, section
 * {@code #retry-after}.
 */
public final class RetryAfter {

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
        throw NotDoneYet.task("05.3");
    }
}
