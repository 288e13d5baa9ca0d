package dev.apikata.http.status;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests: slow down. Carries how long the server asked you to wait, when it said so
 * (the Retry-After header). Given: you do not need to change this class.
 */
public class RateLimitedException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;

    public RateLimitedException(String message, HttpResponse<String> response, Optional<Duration> retryAfter) {
        super(message, response);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for in Retry-After, or empty if it did not say. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
