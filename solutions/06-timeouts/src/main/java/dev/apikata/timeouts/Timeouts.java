package dev.apikata.timeouts;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of one request, the "read" half of the Python version's {@code (connect, read)}
 * tuple. The connect timeout is not here: in Java it belongs to the {@link java.net.http.HttpClient},
 * which every request shares. Given: you do not need to change this record.
 *
 * @param responseHeaders how long to wait for the status line and the headers: the JDK's request
 *                        timeout ({@code HttpRequest.Builder.timeout})
 * @param total           how long the whole response may take, up to the last byte of its body
 */
public record Timeouts(Duration responseHeaders, Duration total) {

    public Timeouts {
        requirePositive(responseHeaders, "responseHeaders");
        requirePositive(total, "total");
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
