package dev.apikata.kit.jshell;

import java.net.URI;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The snippets jshell runs before the learner types: imports, {@code base}, an {@code HttpClient}
 * and an {@code ObjectMapper}, and helpers that print a whole exchange.
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
                String base = "%s";
                HttpClient http = HttpClient.newHttpClient();
                ObjectMapper json = new ObjectMapper();

                /** Sends a request to base + path and returns the response, printing nothing. */
                HttpResponse<String> request(String method, String path, String body) {
                    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(30));
                    if (body != null) {
                        builder.header("Content-Type", "application/json");
                    }
                    HttpRequest request = builder.method(method,
                            body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)).build();
                    try {
                        return http.send(request, BodyHandlers.ofString());
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
                        return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(body));
                    } catch (Exception notJson) {
                        return body;
                    }
                }

                /** Prints the status line, the headers and the pretty body of a response. */
                void show(HttpResponse<String> response) {
                    System.out.println(response.request().method() + " " + response.uri() + " -> " + response.statusCode());
                    response.headers().map().forEach((name, values) -> System.out.println(name + ": " + String.join(", ", values)));
                    if (!response.body().isEmpty()) {
                        System.out.println();
                        System.out.println(pretty(response.body()));
                    }
                }

                void get(String path) { show(request("GET", path, null)); }
                void post(String path, String body) { show(request("POST", path, body)); }
                void put(String path, String body) { show(request("PUT", path, body)); }
                void patch(String path, String body) { show(request("PATCH", path, body)); }
                void delete(String path) { show(request("DELETE", path, null)); }
                void head(String path) { show(request("HEAD", path, null)); }
                """.formatted(base);
    }
}
