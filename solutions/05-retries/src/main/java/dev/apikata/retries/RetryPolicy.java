package dev.apikata.retries;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * When and how a request is sent again, like urllib3's {@code Retry}. The record is given; you
 * write the two decisions at the end (task 05.1). Chapter 05, section {@code #retry-policy}.
 *
 * @param maxAttempts    how many times a request is sent at most, the first attempt included
 *                       (urllib3's {@code total=3} means 3 retries, so 4 attempts)
 * @param backoff        the wait before a retry when the server does not send {@code Retry-After}
 * @param retryStatuses  the status codes worth another attempt (urllib3's {@code status_forcelist})
 * @param allowedMethods the methods that may be sent again (urllib3's {@code allowed_methods})
 * @param raiseOnStatus  after the last attempt still answers a retryable status: throw
 *                       {@link RetriesExhaustedException} ({@code true}) or return that response ({@code false})
 * @param maxRetryAfter  the longest wait a {@code Retry-After} header may ask for; a longer one is cut to this
 */
public record RetryPolicy(int maxAttempts, Backoff backoff, Set<Integer> retryStatuses,
        Predicate<String> allowedMethods, boolean raiseOnStatus, Duration maxRetryAfter) {

    /** Too many requests, and the server errors that usually pass: 429, 500, 502, 503, 504. */
    public static final Set<Integer> DEFAULT_STATUSES = Set.of(429, 500, 502, 503, 504);

    /** The header that makes a POST or PATCH safe to send again (task 05.8). */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(backoff, "backoff");
        retryStatuses = Set.copyOf(retryStatuses);
        Objects.requireNonNull(allowedMethods, "allowedMethods");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    /**
     * 4 attempts; exponential backoff from 1 s, capped at 30 s, with full jitter; the statuses of
     * {@link #DEFAULT_STATUSES}; idempotent methods only ({@link HttpMethods#isIdempotent}); throw
     * when the last attempt still fails; {@code Retry-After} honoured up to 60 s.
     */
    public static RetryPolicy defaults() {
        Backoff backoff = new ExponentialBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30),
                () -> ThreadLocalRandom.current().nextDouble());
        return new RetryPolicy(4, backoff, DEFAULT_STATUSES, HttpMethods::isIdempotent, true, Duration.ofSeconds(60));
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, backoff, retryStatuses, allowedMethods, raiseOnStatus, maxRetryAfter);
    }

    public RetryPolicy withBackoff(Backoff newBackoff) {
        return new RetryPolicy(maxAttempts, newBackoff, retryStatuses, allowedMethods, raiseOnStatus, maxRetryAfter);
    }

    public RetryPolicy withRetryStatuses(Set<Integer> statuses) {
        return new RetryPolicy(maxAttempts, backoff, statuses, allowedMethods, raiseOnStatus, maxRetryAfter);
    }

    public RetryPolicy withAllowedMethods(Predicate<String> methods) {
        return new RetryPolicy(maxAttempts, backoff, retryStatuses, methods, raiseOnStatus, maxRetryAfter);
    }

    public RetryPolicy withRaiseOnStatus(boolean raise) {
        return new RetryPolicy(maxAttempts, backoff, retryStatuses, allowedMethods, raise, maxRetryAfter);
    }

    public RetryPolicy withMaxRetryAfter(Duration longest) {
        return new RetryPolicy(maxAttempts, backoff, retryStatuses, allowedMethods, raiseOnStatus, longest);
    }

    /** Whether an answer with {@code status} is worth another attempt under this policy. */
    public boolean retriesStatus(int status) {
        return retryStatuses.contains(status);
    }

    /**
     * Whether {@code request} may be sent more than once: its method is one of the allowed ones,
     * or it carries an {@value #IDEMPOTENCY_KEY} header, which lets the server recognise a repeat.
     */
    public boolean mayRetry(HttpRequest request) {
        return allowedMethods.test(request.method()) || request.headers().firstValue(IDEMPOTENCY_KEY).isPresent();
    }
}
