package dev.apikata.timeouts;

import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * A call that ran out of time, naming the limit it hit and that limit's value, so an operator
 * knows which setting to look at. Given: you do not need to change this class.
 *
 * <p>It is an {@link HttpTimeoutException}, and so an {@link java.io.IOException}: code that handles
 * the JDK's own timeouts, or any failed exchange, handles this one too.
 */
public class ApiTimeoutException extends HttpTimeoutException {

    private static final long serialVersionUID = 1L;

    private final TimeoutLimit limit;
    private final Duration allowed;

    /**
     * @param request the request that ran out of time
     * @param limit   the limit it hit
     * @param allowed that limit's value
     * @param cause   what the JDK threw, if anything (an {@code HttpTimeoutException}, a {@code TimeoutException})
     */
    public ApiTimeoutException(HttpRequest request, TimeoutLimit limit, Duration allowed, Throwable cause) {
        super(request.method() + " " + request.uri() + ": " + limit.describe() + " (" + millis(allowed) + " ms, "
                + limit.name() + ")");
        this.limit = Objects.requireNonNull(limit, "limit");
        this.allowed = Objects.requireNonNull(allowed, "allowed");
        initCause(cause);
    }

    public TimeoutLimit limit() {
        return limit;
    }

    public Duration allowed() {
        return allowed;
    }

    private static long millis(Duration allowed) {
        return allowed == null ? 0 : allowed.toMillis();
    }
}
