package dev.apikata.integrations.given;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Given: the small API client you built in module 02, finished. One {@link HttpClient}, a base URL
 * that may carry a path prefix ({@code https://jira.example.test/jira}), headers sent with every
 * request (an {@code Authorization}, an {@code Accept}), a request timeout, and a tolerant JSON
 * reader that ignores fields it does not know, so an API may grow without breaking this client.
 */
public final class ApiClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUrl;
    private final Map<String, String> defaultHeaders;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @param baseUrl        the API's root, with or without a path prefix and a trailing slash
     * @param defaultHeaders sent with every request, for example {@code Map.of("Accept", "application/json")}
     */
    public ApiClient(URI baseUrl, Map<String, String> defaultHeaders) {
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.defaultHeaders = Map.copyOf(new LinkedHashMap<>(defaultHeaders));
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    public ApiClient(URI baseUrl) {
        this(baseUrl, Map.of());
    }

    /** {@code path} (which starts with {@code /} and may carry an encoded query) below the base URL, prefix kept. */
    public URI uri(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path below the base URL starts with '/': " + path);
        }
        return URI.create(baseUrl + path);
    }

    /** A request builder for {@code path} with the default headers and the request timeout set. */
    public HttpRequest.Builder request(String path) {
        return request(uri(path));
    }

    /** A request builder for an absolute URI (a next-page link, say) with the default headers and timeout. */
    public HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
        defaultHeaders.forEach(builder::header);
        return builder;
    }

    /** Sends the request and reads the whole body as text (UTF-8 unless the response says otherwise). */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, BodyHandlers.ofString());
    }

    /** The same, without blocking the caller: for concurrent calls. */
    public CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return http.sendAsync(request, BodyHandlers.ofString());
    }

    /** The shared, tolerant JSON mapper. */
    public ObjectMapper json() {
        return json;
    }
}
