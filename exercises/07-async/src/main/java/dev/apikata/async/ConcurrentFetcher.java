package dev.apikata.async;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.async.FetchResult.Failure;
import dev.apikata.async.FetchResult.Success;
import dev.apikata.course.NotDoneYet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        throw NotDoneYet.task("07.1");
    }

    /**
     * Fetches every URI concurrently and returns the bodies in the order of {@code uris}.
     * Chapter section {@code #fetch-all}.
     *
     * @throws CompletionException (or another exception) caused by the first failure met
     */
    public List<JsonNode> fetchAll(List<URI> uris) throws InterruptedException {
        throw NotDoneYet.task("07.2");
    }

    /**
     * Fetches every URI concurrently; each failure becomes a {@link Failure} in its place, so one
     * bad URI never costs the others. Chapter section {@code #error-isolation}.
     */
    public List<FetchResult> fetchEach(List<URI> uris) throws InterruptedException {
        throw NotDoneYet.task("07.3");
    }

    /**
     * As {@link #fetchEach(List)}, with a timeout for each request: a server that has not answered
     * within {@code timeout} gives a {@link Failure} for that URI, and its request is abandoned.
     * Chapter section {@code #per-request-timeout}.
     */
    public List<FetchResult> fetchEach(List<URI> uris, Duration timeout) throws InterruptedException {
        throw NotDoneYet.task("07.4");
    }

    /**
     * As {@link #fetchEach(List)}, with at most {@code maxInFlight} requests in flight at any moment;
     * the next one starts as soon as one ends. Chapter section {@code #bounded-concurrency}.
     *
     * @throws IllegalArgumentException if {@code maxInFlight} is less than 1
     */
    public List<FetchResult> fetchBounded(List<URI> uris, int maxInFlight) throws InterruptedException {
        throw NotDoneYet.task("07.5");
    }

    /**
     * Fetches every URI concurrently and returns the bodies in the order of {@code uris}, or fails
     * as soon as one request fails, cancelling the requests still running.
     * Chapter section {@code #fail-fast}.
     *
     * @throws CompletionException (or another exception) caused by the first failure
     */
    public List<JsonNode> fetchAllOrFail(List<URI> uris) throws InterruptedException {
        throw NotDoneYet.task("07.6");
    }

    /**
     * As {@link #fetchEach(List)}, within {@code deadline} for the whole batch, bodies included:
     * every URI that has no answer by then gets a {@link Failure} with a {@code TimeoutException},
     * and its request is cancelled. Returns as soon as every request has ended.
     * Chapter section {@code #overall-deadline}.
     */
    public List<FetchResult> fetchWithin(List<URI> uris, Duration deadline) throws InterruptedException {
        throw NotDoneYet.task("07.7");
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
