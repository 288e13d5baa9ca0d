package dev.apikata.requests;

import dev.apikata.course.NotDoneYet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;

/**
 * A small client for one API: its base URL, the headers every request carries, and one
 * {@link HttpClient} shared by every call, like a {@code requests.Session} in Python. It returns
 * every response as it is: what a status means is for the caller to decide. Chapter 02, section
 * {@code #api-client}.
 */
public final class ApiClient {

    /** The headers every request carries unless a call overrides them. */
    public static final Map<String, String> DEFAULT_HEADERS =
            Map.of("Accept", "application/json", "User-Agent", "InfraAutomation/1.0");

    private final URI baseUrl;
    private final Map<String, String> defaultHeaders;
    // One HttpClient for the life of this object: it keeps the connections open between calls.
    private final HttpClient http;

    /** A client for {@code baseUrl} with {@link #DEFAULT_HEADERS} and an HttpClient of its own. */
    public ApiClient(URI baseUrl) {
        this(baseUrl, DEFAULT_HEADERS, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /**
     * @param baseUrl        the API's root, with or without a path prefix: {@code http://host/api/v2/}
     * @param defaultHeaders the headers every request carries unless a call overrides them
     * @param http           the HttpClient every call goes through
     */
    public ApiClient(URI baseUrl, Map<String, String> defaultHeaders, HttpClient http) {
        this.baseUrl = baseUrl;
        this.defaultHeaders = Map.copyOf(defaultHeaders);
        this.http = http;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Sends one request and returns the response, whatever its status.
     *
     * @param method  {@code GET}, {@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}...
     * @param path    below the base URL, segments already encoded ({@code servers/web%2001}), perhaps with
     *                a query of its own; a leading slash does not drop the base URL's path prefix
     * @param query   query parameters, encoded as {@link Uris#query(Map)} does; empty for none
     * @param headers headers for this call only; they override the defaults, names compared ignoring case
     * @param body    the body and its Content-Type, or {@code null} for none (and then no Content-Type)
     */
    public HttpResponse<String> send(String method, String path, Map<String, ?> query, Map<String, String> headers,
            Body body) throws IOException, InterruptedException {
        throw NotDoneYet.task("02.7");
    }

    /** GET {@code path}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, Map.of(), Map.of(), null);
    }

    /** GET {@code path} with query parameters: {@code get("logs", Map.of("type", "error"))}. */
    public HttpResponse<String> get(String path, Map<String, ?> query) throws IOException, InterruptedException {
        return send("GET", path, query, Map.of(), null);
    }

    /** POST {@code body} to {@code path}: {@code post("posts", Body.json(post))}. */
    public HttpResponse<String> post(String path, Body body) throws IOException, InterruptedException {
        return send("POST", path, Map.of(), Map.of(), body);
    }

    /** PUT {@code body} at {@code path}. */
    public HttpResponse<String> put(String path, Body body) throws IOException, InterruptedException {
        return send("PUT", path, Map.of(), Map.of(), body);
    }

    /** DELETE {@code path}. */
    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, Map.of(), Map.of(), null);
    }
}
