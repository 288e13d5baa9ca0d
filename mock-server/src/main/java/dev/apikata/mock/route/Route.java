package dev.apikata.mock.route;

import java.util.List;
import java.util.Map;

/**
 * One route of the mock API: what the server matches, what the handler does, and what the OpenAPI
 * document and the spec test say about it. {@code method} is an HTTP method or {@code ANY}.
 *
 * @param priority WireMock stub priority; lower is tried first (hot routes go first, catch-alls last)
 */
public record Route(
        String method,
        String template,
        String summary,
        List<Integer> statuses,
        List<String> queryParams,
        Example example,
        int priority,
        Handler handler) {

    public static final int DEFAULT_PRIORITY = 5;

    /** A request that exercises the route, used by the docs and the spec test. */
    public record Example(String path, String contentType, String body, Map<String, String> headers) {
        public Example withHeader(String name, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, value);
            return new Example(path, contentType, body, Map.copyOf(more));
        }
    }

    public static Route of(String method, String template, String summary, Handler handler) {
        Example example = new Example(template, null, null, Map.of());
        return new Route(method, template, summary, List.of(200), List.of(), example, DEFAULT_PRIORITY, handler);
    }

    public static Route get(String template, String summary, Handler handler) {
        return of("GET", template, summary, handler);
    }

    public static Route post(String template, String summary, Handler handler) {
        return of("POST", template, summary, handler).statuses(201);
    }

    public static Route put(String template, String summary, Handler handler) {
        return of("PUT", template, summary, handler);
    }

    public static Route patch(String template, String summary, Handler handler) {
        return of("PATCH", template, summary, handler);
    }

    public static Route delete(String template, String summary, Handler handler) {
        return of("DELETE", template, summary, handler);
    }

    public static Route any(String template, String summary, Handler handler) {
        return of("ANY", template, summary, handler);
    }

    /** Documented response codes; the first is what {@link #example} answers. */
    public Route statuses(Integer... codes) {
        return new Route(method, template, summary, List.of(codes), queryParams, example, priority, handler);
    }

    public Route query(String... names) {
        return new Route(method, template, summary, statuses, List.of(names), example, priority, handler);
    }

    public Route example(String path) {
        return withExample(new Example(path, example.contentType(), example.body(), example.headers()));
    }

    public Route jsonBody(String body) {
        return withExample(new Example(example.path(), "application/json", body, example.headers()));
    }

    public Route formBody(String body) {
        return withExample(new Example(example.path(), "application/x-www-form-urlencoded", body, example.headers()));
    }

    public Route exampleHeader(String name, String value) {
        return withExample(example.withHeader(name, value));
    }

    public Route priority(int value) {
        return new Route(method, template, summary, statuses, queryParams, example, value, handler);
    }

    private Route withExample(Example value) {
        return new Route(method, template, summary, statuses, queryParams, value, priority, handler);
    }

    /** {@code GET /posts/{id}} */
    public String label() {
        return method + " " + template;
    }
}
