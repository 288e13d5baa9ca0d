package dev.apikata.async.virtualthreads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.async.virtualthreads.FetchResult.Failure;
import dev.apikata.async.virtualthreads.FetchResult.Success;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Module 07's fetches again, written as plain blocking code: one virtual thread per request, each
 * calling {@link HttpClient#send} and simply waiting. Needs JDK 21 or newer. Read chapter 07,
 * section "Virtual threads (JDK 21 and newer)": chapters/ja/07-async.md or chapters/en/07-async.md.
 */
public final class VirtualThreadFetcher {

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param http the one client every request of this fetcher goes through: it pools connections
     *             and may be shared by any number of threads at once
     */
    public VirtualThreadFetcher(HttpClient http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * Fetches every URI concurrently, one virtual thread each, and returns the bodies in the order
     * of {@code uris}. Chapter section {@code #vt-fetch-all}.
     *
     * @throws IOException or {@link UnexpectedStatusException} when a fetch failed: the first in input order
     */
    public List<JsonNode> fetchAll(List<URI> uris) throws IOException, InterruptedException {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<JsonNode>> bodies = uris.stream().map(uri -> threads.submit(() -> fetch(uri))).toList();
            List<JsonNode> answers = new ArrayList<>();
            for (Future<JsonNode> body : bodies) {
                answers.add(await(body));
            }
            return answers;
        }
    }

    /**
     * Fetches every URI concurrently; each failure becomes a {@link Failure} in its place.
     * Chapter section {@code #vt-error-isolation}.
     */
    public List<FetchResult> fetchEach(List<URI> uris) throws InterruptedException {
        List<Future<JsonNode>> bodies;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            bodies = uris.stream().map(uri -> threads.submit(() -> fetch(uri))).toList();
        } // close() waits until every thread has ended
        return results(uris, bodies);
    }

    /**
     * As {@link #fetchEach(List)}, with at most {@code maxInFlight} requests in flight at any moment.
     * Chapter section {@code #vt-bounded}.
     *
     * @throws IllegalArgumentException if {@code maxInFlight} is less than 1
     */
    public List<FetchResult> fetchBounded(List<URI> uris, int maxInFlight) throws InterruptedException {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
        }
        // Virtual threads are cheap: limit the requests, not the threads. Fair, so they start in input order.
        Semaphore slots = new Semaphore(maxInFlight, true);
        List<Future<JsonNode>> bodies;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            bodies = uris.stream().map(uri -> threads.submit(() -> {
                slots.acquire();
                try {
                    return fetch(uri);
                } finally {
                    slots.release();
                }
            })).toList();
        }
        return results(uris, bodies);
    }

    /**
     * Fetches every URI concurrently and returns the bodies in the order of {@code uris}, or fails
     * as soon as one fetch fails, interrupting the threads still waiting for an answer.
     * Chapter section {@code #vt-fail-fast}.
     *
     * @throws IOException or {@link UnexpectedStatusException}: the first failure
     */
    public List<JsonNode> fetchAllOrFail(List<URI> uris) throws IOException, InterruptedException {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletionService<JsonNode> finished = new ExecutorCompletionService<>(threads);
            List<Future<JsonNode>> bodies = uris.stream().map(uri -> finished.submit(() -> fetch(uri))).toList();
            for (int i = 0; i < bodies.size(); i++) {
                Future<JsonNode> next = finished.take(); // in the order they end
                if (next.state() == Future.State.FAILED) {
                    threads.shutdownNow(); // interrupts the others: a send interrupted abandons its exchange
                    await(next);
                }
            }
            return bodies.stream().map(Future::resultNow).toList();
        }
    }

    /**
     * As {@link #fetchEach(List)}, within {@code deadline} for the whole batch, bodies included:
     * every URI without an answer by then gets a {@link Failure} with a {@code TimeoutException}, and
     * its thread is interrupted. Returns as soon as every fetch has ended.
     * Chapter section {@code #vt-deadline}.
     */
    public List<FetchResult> fetchWithin(List<URI> uris, Duration deadline) throws InterruptedException {
        List<Callable<JsonNode>> calls = uris.stream().<Callable<JsonNode>>map(uri -> () -> fetch(uri)).toList();
        List<Future<JsonNode>> bodies;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            // invokeAll returns when all are done or the time is up, and cancels the late ones.
            bodies = threads.invokeAll(calls, deadline.toMillis(), TimeUnit.MILLISECONDS);
        }
        return results(uris, bodies);
    }

    private static List<FetchResult> results(List<URI> uris, List<Future<JsonNode>> bodies) {
        List<FetchResult> results = new ArrayList<>();
        for (int i = 0; i < uris.size(); i++) {
            URI uri = uris.get(i);
            Future<JsonNode> body = bodies.get(i);
            results.add(switch (body.state()) {
                case SUCCESS -> new Success(uri, body.resultNow());
                case FAILED -> new Failure(uri, body.exceptionNow());
                case CANCELLED -> new Failure(uri, new TimeoutException("no answer within the deadline"));
                case RUNNING -> throw new IllegalStateException("still running: " + uri);
            });
        }
        return results;
    }

    /** The value of a finished or running task, or the exception it failed with, as it was thrown. */
    private static <T> T await(Future<T> task) throws IOException, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * GETs {@code uri} asking for JSON and waits for the answer: the body of a 200, an
     * {@link UnexpectedStatusException} for any other status, an {@link IOException} when the
     * exchange fails or the body is not JSON. On a virtual thread, waiting costs next to nothing.
     * Given: you do not need to change this method.
     */
    private JsonNode fetch(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new UnexpectedStatusException(response);
        }
        return json.readTree(response.body());
    }
}
