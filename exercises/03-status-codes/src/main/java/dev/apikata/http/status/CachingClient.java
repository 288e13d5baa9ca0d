package dev.apikata.http.status;

import dev.apikata.course.NotDoneYet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GETs that download a representation only when it changed: conditional requests with
 * {@code ETag} and {@code If-None-Match}, answered by {@code 304 Not Modified} while the copy in
 * the local cache is still good. Chapter 03, section {@code #not-modified}.
 */
public final class CachingClient {

    /** What the cache keeps for one URI. Given: the tag exactly as the server sent it, and the body. */
    private record Cached(String etag, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

    /**
     * The body of {@code uri}: downloaded when it is new or changed, from the cache when the server
     * answers {@code 304}. A {@code 200} with an ETag is kept for next time (one entry per URI);
     * a {@code 200} without one is not, and replaces nothing stale.
     *
     * @throws HttpStatusException for a 4xx or 5xx (through {@link HttpErrors#raiseForStatus})
     */
    public String get(URI uri) throws IOException, InterruptedException {
        throw NotDoneYet.task("03.7");
    }
}
