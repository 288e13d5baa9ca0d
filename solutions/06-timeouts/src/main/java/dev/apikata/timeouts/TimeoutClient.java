package dev.apikata.timeouts;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Python version's {@code APIClient} in Java: a base URL, default timeouts, {@code get} and
 * {@code post}, with per-call overrides, built on module 02's {@link ApiClient}. Every limit that
 * runs out surfaces as an {@link ApiTimeoutException} naming it. Read chapter 06:
 * chapters/ja/06-timeouts.md or chapters/en/06-timeouts.md.
 */
public final class TimeoutClient {

    private final ApiClient api;
    private final Timeouts defaults;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration connectTimeout;

    /** A client that reads the system clock and really sleeps between attempts. */
    public TimeoutClient(ApiClient api, Timeouts defaults) {
        this(api, defaults, Clock.systemUTC(), Sleeper.system());
    }

    /**
     * @throws IllegalArgumentException when {@code api}'s HttpClient has no connect timeout: without
     *         one, a server that never answers the connection holds the call for as long as the
     *         operating system lets it (minutes)
     */
    public TimeoutClient(ApiClient api, Timeouts defaults, Clock clock, Sleeper sleeper) {
        this.api = Objects.requireNonNull(api, "api");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.connectTimeout = api.http().connectTimeout().orElseThrow(() -> new IllegalArgumentException(
                "the ApiClient's HttpClient has no connect timeout: build it with TimeoutClient.newHttpClient(...)"));
    }

    /**
     * A shared HttpClient that gives up on a connection not established within
     * {@code connectTimeout}: the "connect" half of the Python version's {@code (connect, read)}.
     * Chapter section {@code #connect-timeout}.
     */
    public static HttpClient newHttpClient(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    /**
     * GET {@code path} below the base URL with the default headers and the default timeouts
     * (task 06.2); the total bounds the whole body too (task 06.3). Any status comes back as it is.
     * Chapter sections {@code #request-timeout} and {@code #total-timeout}.
     *
     * @throws ApiTimeoutException naming {@link TimeoutLimit#CONNECT}, {@link TimeoutLimit#RESPONSE_HEADERS}
     *         or {@link TimeoutLimit#WHOLE_BODY}
     * @throws IOException         for any other failed exchange (a reset connection...), as it is
     */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, defaults);
    }

    /** POST {@code json} (with {@code Content-Type: application/json}) to {@code path}, with the default timeouts. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return post(path, json, defaults);
    }

    /** GET {@code path} with this call's own {@code timeouts} instead of the defaults (task 06.4). Chapter section {@code #per-call-timeouts}. */
    public HttpResponse<String> get(String path, Timeouts timeouts) throws IOException, InterruptedException {
        return exchange(api.request(path).GET(), timeouts);
    }

    /** POST {@code json} to {@code path} with this call's own {@code timeouts}. */
    public HttpResponse<String> post(String path, String json, Timeouts timeouts) throws IOException, InterruptedException {
        return exchange(api.request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)),
                timeouts);
    }

    /**
     * GET {@code path}, retried within one {@code budget} for the whole call. A 5xx answer or a failed
     * attempt (a timeout, a reset connection) is retried after the next pause of {@code pauses};
     * every other answer comes back at once.
     *
     * <ul>
     *   <li>Each attempt's limits are the defaults, cut to the time left; an attempt cut short by
     *       the deadline fails with {@link TimeoutLimit#DEADLINE}.</li>
     *   <li>A pause is only taken when it leaves time for another attempt. When it does not, or the
     *       pauses run out, the last answer comes back, or the last failure is thrown.</li>
     *   <li>The total, waits included, never exceeds {@code budget}.</li>
     * </ul>
     *
     * Chapter section {@code #deadline-across-retries}.
     */
    public HttpResponse<String> getWithin(String path, Duration budget, List<Duration> pauses)
            throws IOException, InterruptedException {
        Deadline deadline = Deadline.after(budget, clock);
        for (int attempt = 0; ; attempt++) {
            if (deadline.expired()) {
                throw new ApiTimeoutException(api.request(path).GET().build(), TimeoutLimit.DEADLINE, budget, null);
            }
            Timeouts limits = new Timeouts(deadline.cap(defaults.responseHeaders()), deadline.cap(defaults.total()));
            HttpResponse<String> response = null;
            IOException failure = null;
            try {
                response = exchange(api.request(path).GET(), limits);
                if (response.statusCode() < 500) {
                    return response;
                }
            } catch (ApiTimeoutException timeout) {
                if (cutByTheDeadline(timeout)) {
                    throw new ApiTimeoutException(api.request(path).GET().build(), TimeoutLimit.DEADLINE, budget, timeout);
                }
                failure = timeout;
            } catch (IOException failed) {
                failure = failed;
            }
            if (attempt == pauses.size() || !deadline.leavesTimeFor(pauses.get(attempt))) {
                if (failure != null) {
                    throw failure;
                }
                return response;
            }
            sleeper.sleep(pauses.get(attempt));
        }
    }

    // One exchange within its limits: the request timeout covers the headers, the wait on the
    // future the whole body, which the JDK's request timeout does not (JDK 17 to 25).
    private HttpResponse<String> exchange(HttpRequest.Builder builder, Timeouts limits)
            throws IOException, InterruptedException {
        HttpRequest request = builder.timeout(limits.responseHeaders()).build();
        CompletableFuture<HttpResponse<String>> exchange = api.http().sendAsync(request, BodyHandlers.ofString());
        try {
            return exchange.get(limits.total().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            throw new ApiTimeoutException(request, TimeoutLimit.WHOLE_BODY, limits.total(), late);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                throw new ApiTimeoutException(request, TimeoutLimit.CONNECT, connectTimeout, cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new ApiTimeoutException(request, TimeoutLimit.RESPONSE_HEADERS, limits.responseHeaders(), cause);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        } finally {
            // Asks the client to drop a download given up on (best effort); orTimeout(...) alone lets it run on.
            exchange.cancel(true);
        }
    }

    // An attempt whose limit was shorter than the default ran out of the call's time, not its own.
    private boolean cutByTheDeadline(ApiTimeoutException timeout) {
        return switch (timeout.limit()) {
            case RESPONSE_HEADERS -> timeout.allowed().compareTo(defaults.responseHeaders()) < 0;
            case WHOLE_BODY -> timeout.allowed().compareTo(defaults.total()) < 0;
            default -> false;
        };
    }
}
