package dev.apikata.kit.jshell;

import java.net.URI;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The snippets jshell runs before the learner types: imports, {@code base}, {@code http} and
 * {@code json} as the chapters define them, and helpers that send a request, print the exchange and
 * return it as an {@code ApiResponse}.
 *
 * <p>The helpers keep their own copies in {@code KitSession}: a chapter snippet that defines
 * {@code base}, {@code http} or {@code json} again (even with another type) changes nothing for them.
 */
final class StartupScript {

    private StartupScript() {
    }

    static String create(URI baseUrl, Collection<String> modulePackages) {
        String imports = modulePackages.stream().sorted().map(pkg -> "import " + pkg + ".*;\n").collect(Collectors.joining());
        String base = baseUrl.toString().replaceAll("/$", "");
        return """
                import java.net.URI;
                import java.net.http.HttpClient;
                import java.net.http.HttpHeaders;
                import java.net.http.HttpRequest;
                import java.net.http.HttpRequest.BodyPublishers;
                import java.net.http.HttpResponse;
                import java.net.http.HttpResponse.BodyHandlers;
                import java.time.Duration;
                import com.fasterxml.jackson.databind.JsonNode;
                import com.fasterxml.jackson.databind.ObjectMapper;
                """ + imports + """

                /** What the helpers use: names no chapter snippet redefines. */
                final class KitSession {
                    static final String BASE = "%s";
                    static final HttpClient HTTP = HttpClient.newHttpClient();
                    static final ObjectMapper JSON = new ObjectMapper();

                    private KitSession() {
                    }

                    static URI uri(String path) {
                        return URI.create(path.startsWith("/") ? BASE + path : path);
                    }
                }

                /** A response the helpers return: status(), headers(), header(name), body(), json(), raw(). */
                record ApiResponse(HttpResponse<String> raw) {
                    int status() { return raw.statusCode(); }
                    HttpHeaders headers() { return raw.headers(); }
                    String header(String name) { return raw.headers().firstValue(name).orElse(null); }
                    String body() { return raw.body(); }

                    /** The body as a JSON tree. */
                    JsonNode json() {
                        try {
                            return KitSession.JSON.readTree(raw.body());
                        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                            throw new IllegalStateException("the body is not JSON: " + e.getOriginalMessage(), e);
                        }
                    }

                    @Override
                    public String toString() {
                        return status() + " " + raw.request().method() + " " + raw.uri().getPath()
                                + headers().firstValue("Content-Type").map(type -> " (" + type + ", " + body().length() + " chars)").orElse("");
                    }
                }

                // The chapters' names, ready to use; defining them again does not affect the helpers.
                URI base = URI.create(KitSession.BASE);
                HttpClient http = KitSession.HTTP;
                ObjectMapper json = KitSession.JSON;

                /** Sends a request to the practice API (a path such as /posts/1, or a whole URL) and returns the response, printing nothing. */
                ApiResponse request(String method, String path, String body) {
                    HttpRequest.Builder builder = HttpRequest.newBuilder(KitSession.uri(path))
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(30));
                    if (body != null) {
                        builder.header("Content-Type", "application/json");
                    }
                    HttpRequest request = builder.method(method,
                            body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)).build();
                    try {
                        return new ApiResponse(KitSession.HTTP.send(request, BodyHandlers.ofString()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }

                /** The body as indented JSON, or as it is when it is not JSON. */
                String pretty(String body) {
                    try {
                        return KitSession.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(KitSession.JSON.readTree(body));
                    } catch (Exception notJson) {
                        return body;
                    }
                }

                /** Prints the status line, the headers and the pretty body of a response, and returns it. */
                ApiResponse show(ApiResponse response) {
                    System.out.println(response.raw().request().method() + " " + response.raw().uri() + " -> " + response.status());
                    response.headers().map().forEach((name, values) -> System.out.println(name + ": " + String.join(", ", values)));
                    if (!response.body().isEmpty()) {
                        System.out.println();
                        System.out.println(pretty(response.body()));
                    }
                    return response;
                }

                ApiResponse get(String path) { return show(request("GET", path, null)); }
                ApiResponse post(String path, String body) { return show(request("POST", path, body)); }
                ApiResponse put(String path, String body) { return show(request("PUT", path, body)); }
                ApiResponse patch(String path, String body) { return show(request("PATCH", path, body)); }
                ApiResponse delete(String path) { return show(request("DELETE", path, null)); }
                ApiResponse head(String path) { return show(request("HEAD", path, null)); }
                """.formatted(base);
    }
}
