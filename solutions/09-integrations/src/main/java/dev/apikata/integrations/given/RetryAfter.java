package dev.apikata.integrations.given;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/**
 * Given: reading {@code Retry-After} (module 05). Only the delay-seconds form is read here, which is
 * what Slack, Jira and most rate limiters send; the HTTP-date form yields empty.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the server asked for, or empty when there is no usable {@code Retry-After}. */
    public static Optional<Duration> seconds(HttpHeaders headers) {
        return headers.firstValue("Retry-After")
                .map(String::trim)
                .filter(value -> value.matches("\\d{1,9}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)));
    }
}
