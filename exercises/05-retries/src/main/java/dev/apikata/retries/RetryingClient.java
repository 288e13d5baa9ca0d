package dev.apikata.retries;

import dev.apikata.course.NotDoneYet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sends requests through one shared {@link HttpClient} and sends them again when its
 * {@link RetryPolicy} says so. Every wait goes through the {@link Sleeper}, every "now" comes from
 * the {@link Clock}, so a test can check the waits exactly. Read chapter 05:
 * chapters/ja/05-retries.md or chapters/en/05-retries.md.
 */
public final class RetryingClient {

    private final HttpClient http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Supplier<String> idempotencyKeys;

    /** A client that really sleeps, reads the system clock and makes random UUIDs as idempotency keys. */
    public RetryingClient(HttpClient http, RetryPolicy policy) {
        this(http, policy, Sleeper.system(), Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    /**
     * @param idempotencyKeys a new key on every call, such as {@code () -> UUID.randomUUID().toString()}
     */
    public RetryingClient(HttpClient http, RetryPolicy policy, Sleeper sleeper, Clock clock,
            Supplier<String> idempotencyKeys) {
        this.http = Objects.requireNonNull(http, "http");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idempotencyKeys = Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
    }

    /**
     * Sends {@code request}, and sends it again while the policy allows, waiting in between.
     *
     * <ul>
     *   <li>A status the policy does not retry, or any status of a request it may not retry, is
     *       returned at once (task 05.4).</li>
     *   <li>A retryable status is retried up to {@code maxAttempts}; before retry {@code n} the
     *       client waits {@code backoff.delayBefore(n)} (task 05.4), or what the response's
     *       {@code Retry-After} asks, at most {@code maxRetryAfter} (task 05.6). After the last
     *       attempt it returns that response, or throws {@link RetriesExhaustedException} when the
     *       policy raises on status (task 05.5).</li>
     *   <li>An {@link IOException} (a reset connection, an empty response, a timeout) is retried the
     *       same way for a request the policy may retry, and thrown at once for any other (task 05.7).</li>
     * </ul>
     *
     * Chapter sections {@code #retry-loop}, {@code #giving-up}, {@code #honouring-retry-after},
     * {@code #faults-and-timeouts}.
     *
     * @throws RetriesExhaustedException when every attempt failed and the policy says to give up loudly
     */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        throw NotDoneYet.task("05.4");
    }

    /**
     * POSTs {@code json} to {@code uri} so that it is safe to retry: with one new
     * {@value RetryPolicy#IDEMPOTENCY_KEY} from the key supplier, the same on every attempt, and
     * {@code Content-Type: application/json}. Chapter section {@code #idempotency-key}.
     */
    public HttpResponse<String> post(URI uri, String json) throws IOException, InterruptedException {
        throw NotDoneYet.task("05.8");
    }
}
