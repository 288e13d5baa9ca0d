package dev.apikata.async;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.async.FetchResult.Failure;
import dev.apikata.async.FetchResult.Success;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Fetches JSON from many URIs at once with {@link HttpClient#sendAsync}: all requests in flight
 * together, the answers in the caller's order, one failure isolated or failing fast, at most K in
 * flight, a timeout per request and a deadline for the whole batch. Read chapter 07:
 * chapters/ja/07-async.md or chapters/en/07-async.md.
 */
public final class ConcurrentFetcher {

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param http the one client every request of this fetcher goes through: it pools connections
     *             and may be shared by any number of requests at once
     */
    public ConcurrentFetcher(HttpClient http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * Starts a GET of {@code uri}, asking for JSON, and returns at once. The future completes with
     * the body of a 200 answer, or fails with an {@link UnexpectedStatusException} for any other
     * status and with an {@link IOException} when the exchange fails or the body is not JSON.
     * Chapter section {@code #send-async}.
     */
    public CompletableFuture<JsonNode> fetch(URI uri) {
        return send(request(uri).build());
    }

    /**
     * Fetches every URI concurrently and returns the bodies in the order of {@code uris}.
     * Chapter section {@code #fetch-all}.
     *
     * @throws CompletionException (or another exception) caused by the first failure met
     */
    public List<JsonNode> fetchAll(List<URI> uris) throws InterruptedException {
        // Start every request before waiting for any: toList() is eager, so nothing waits in between.
        List<CompletableFuture<JsonNode>> bodies = uris.stream().map(this::fetch).toList();
        return bodies.stream().map(CompletableFuture::join).toList();
    }

    /**
     * Fetches every URI concurrently; each failure becomes a {@link Failure} in its place, so one
     * bad URI never costs the others. Chapter section {@code #error-isolation}.
     */
    public List<FetchResult> fetchEach(List<URI> uris) throws InterruptedException {
        return joinAll(uris.stream().map(uri -> outcome(uri, fetch(uri))).toList());
    }

    /**
     * As {@link #fetchEach(List)}, with a timeout for each request: a server that has not answered
     * within {@code timeout} gives a {@link Failure} for that URI, and its request is abandoned.
     * Chapter section {@code #per-request-timeout}.
     */
    public List<FetchResult> fetchEach(List<URI> uris, Duration timeout) throws InterruptedException {
        return joinAll(uris.stream().map(uri -> outcome(uri, send(request(uri).timeout(timeout).build()))).toList());
    }

    /**
     * As {@link #fetchEach(List)}, with at most {@code maxInFlight} requests in flight at any moment;
     * the next one starts as soon as one ends. Chapter section {@code #bounded-concurrency}.
     *
     * @throws IllegalArgumentException if {@code maxInFlight} is less than 1
     */
    public List<FetchResult> fetchBounded(List<URI> uris, int maxInFlight) throws InterruptedException {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
        }
        Semaphore slots = new Semaphore(maxInFlight);
        List<CompletableFuture<FetchResult>> results = new ArrayList<>();
        for (URI uri : uris) {
            slots.acquire();
            // Released however the request ends: a failure that kept its slot would shrink the window for good.
            results.add(outcome(uri, fetch(uri)).whenComplete((result, error) -> slots.release()));
        }
        return joinAll(results);
    }

    /**
     * Fetches every URI concurrently and returns the bodies in the order of {@code uris}, or fails
     * as soon as one request fails, cancelling the requests still running.
     * Chapter section {@code #fail-fast}.
     *
     * @throws CompletionException (or another exception) caused by the first failure
     */
    public List<JsonNode> fetchAllOrFail(List<URI> uris) throws InterruptedException {
        List<CompletableFuture<JsonNode>> bodies = uris.stream().map(this::fetch).toList();
        CompletableFuture<Void> all = CompletableFuture.allOf(bodies.toArray(CompletableFuture<?>[]::new));
        // allOf waits for every future, even after one failed: the first failure completes it early.
        bodies.forEach(body -> body.whenComplete((value, error) -> {
            if (error != null) {
                all.completeExceptionally(error);
            }
        }));
        try {
            all.join();
        } catch (CompletionException failure) {
            bodies.forEach(body -> body.cancel(true)); // a no-op for those already done
            throw failure;
        }
        return bodies.stream().map(CompletableFuture::join).toList();
    }

    /**
     * As {@link #fetchEach(List)}, within {@code deadline} for the whole batch, bodies included:
     * every URI that has no answer by then gets a {@link Failure} with a {@code TimeoutException},
     * and its request is cancelled. Returns as soon as every request has ended.
     * Chapter section {@code #overall-deadline}.
     */
    public List<FetchResult> fetchWithin(List<URI> uris, Duration deadline) throws InterruptedException {
        List<CompletableFuture<FetchResult>> results = new ArrayList<>();
        for (URI uri : uris) {
            CompletableFuture<JsonNode> body = fetch(uri);
            // The deadline goes on a copy: once orTimeout has completed a future, cancel() is a no-op
            // on it, and the request behind it would run on. Cancelling the original stops it.
            CompletableFuture<JsonNode> bounded = body.copy().orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS);
            results.add(outcome(uri, bounded).whenComplete((result, error) -> body.cancel(true)));
        }
        return joinAll(results);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "application/json").GET();
    }

    private CompletableFuture<JsonNode> send(HttpRequest request) {
        return http.sendAsync(request, BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new UnexpectedStatusException(response);
            }
            return parse(response.body());
        });
    }

    private static CompletableFuture<FetchResult> outcome(URI uri, CompletableFuture<JsonNode> body) {
        return body.handle((value, error) -> error == null ? new Success(uri, value) : new Failure(uri, error));
    }

    private static <T> List<T> joinAll(List<CompletableFuture<T>> futures) {
        return futures.stream().map(CompletableFuture::join).toList();
    }

    /**
     * Reads a body as JSON. A lambda given to {@code thenApply} may not throw {@code IOException},
     * so this wraps it in an {@link UncheckedIOException}, which the future then carries as its failure.
     */
    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
