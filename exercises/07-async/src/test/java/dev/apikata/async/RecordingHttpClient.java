package dev.apikata.async;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.PushPromiseHandler;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A real {@link HttpClient} that notes every request sent through it and how it ended. The tests
 * hand it to the code under test, so they can tell that requests went through the given client,
 * and whether a request the code gave up on was really stopped (cancelled, timed out, interrupted,
 * its body closed) or left running until the server had sent the whole answer.
 *
 * <p>It returns the real client's futures themselves, so cancelling them, or a stage built on them,
 * reaches the real exchange exactly as it would without the recording.
 */
final class RecordingHttpClient extends HttpClient {

    /**
     * One request: its URI, and a future that completes with its status once the whole body is in,
     * or fails as the request failed.
     */
    record Exchange(URI uri, CompletableFuture<Integer> ending) {

        boolean ended() {
            return ending.isDone();
        }

        /** The status of the response, if the request ran to the end of its body. */
        Optional<Integer> status() {
            return ended() && !ending.isCompletedExceptionally() ? Optional.of(ending.join()) : Optional.empty();
        }
    }

    private final HttpClient real = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    /** Every request sent so far, in the order they were sent. */
    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    List<URI> requested() {
        return exchanges.stream().map(Exchange::uri).toList();
    }

    Exchange exchange(URI uri) {
        return exchanges.stream().filter(exchange -> exchange.uri().equals(uri)).findFirst()
                .orElseThrow(() -> new AssertionError("no request to " + uri + " went through the given HttpClient; requests: "
                        + requested()));
    }

    /** Waits until every request sent so far has ended, for at most {@code grace}. */
    void awaitEnded(Duration grace) throws InterruptedException {
        long until = System.nanoTime() + grace.toNanos();
        for (Exchange exchange : exchanges) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                exchange.ending().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception ended) {
                // failed, cancelled, or still running at the end of the grace time: the test reads which
            }
        }
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler) throws IOException, InterruptedException {
        CompletableFuture<Integer> ending = note(request);
        try {
            return real.send(request, WatchedBody.watching(handler, ending));
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            ending.completeExceptionally(e);
            throw e;
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler) {
        CompletableFuture<Integer> ending = note(request);
        return failing(ending, real.sendAsync(request, WatchedBody.watching(handler, ending)));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler,
            PushPromiseHandler<T> pushPromiseHandler) {
        CompletableFuture<Integer> ending = note(request);
        return failing(ending, real.sendAsync(request, WatchedBody.watching(handler, ending), pushPromiseHandler));
    }

    /** A request that fails before its body (no answer, cancelled, timed out) ends {@code ending} too. */
    private static <T> CompletableFuture<HttpResponse<T>> failing(CompletableFuture<Integer> ending,
            CompletableFuture<HttpResponse<T>> response) {
        response.whenComplete((answer, failure) -> {
            if (failure != null) {
                ending.completeExceptionally(failure);
            }
        });
        return response;
    }

    private CompletableFuture<Integer> note(HttpRequest request) {
        CompletableFuture<Integer> ending = new CompletableFuture<>();
        exchanges.add(new Exchange(request.uri(), ending));
        return ending;
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return real.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return real.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return real.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return real.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return real.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return real.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return real.authenticator();
    }

    @Override
    public Version version() {
        return real.version();
    }

    @Override
    public Optional<Executor> executor() {
        return real.executor();
    }
}
