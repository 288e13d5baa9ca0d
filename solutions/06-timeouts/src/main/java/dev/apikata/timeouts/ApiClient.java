package dev.apikata.timeouts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The small API client of module 02: a base URL (which may carry a path prefix such as
 * {@code /api/v1}), default headers sent with every request, and one shared {@link HttpClient}.
 * Given: you built this in module 02; this finished copy is what {@link TimeoutClient} builds on.
 */
public final class ApiClient {

    private final String baseUrl;
    private final Map<String, String> defaultHeaders;
    private final HttpClient http;

    /**
     * @param baseUrl        the API's root, for example {@code http://127.0.0.1:8080/api/v1}
     * @param defaultHeaders headers for every request, such as {@code Accept} and {@code User-Agent}
     * @param http           the client every request goes through: create it once, share it
     */
    public ApiClient(URI baseUrl, Map<String, String> defaultHeaders, HttpClient http) {
        // Neither a doubled nor a missing slash: "http://host/api/v1/" + "/posts" is ".../api/v1/posts".
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.defaultHeaders = new LinkedHashMap<>(defaultHeaders);
        this.http = Objects.requireNonNull(http, "http");
    }

    /** The full URI of {@code path} below the base URL, path prefix included. */
    public URI uri(String path) {
        return URI.create(baseUrl + "/" + path.replaceAll("^/+", ""));
    }

    /** A request builder for {@code path} with the default headers already set; add the method and the rest. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        defaultHeaders.forEach(builder::header);
        return builder;
    }

    /** The shared client. */
    public HttpClient http() {
        return http;
    }
}
