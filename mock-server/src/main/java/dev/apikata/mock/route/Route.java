package dev.apikata.mock.route;

import java.util.List;
import java.util.Map;

/**
 * One route of the mock API: what the server matches, what the handler does, and what the OpenAPI
 * document and the spec test say about it. {@code method} is an HTTP method or {@code ANY}.
 *
 * @param priority WireMock stub priority; lower is tried first (hot routes go first, catch-alls last)
 * @param bodies what the body of a documented status is, by status (a status without one: the
 *     shared error body for 4xx/5xx, no body for 204 and 304)
 */
public record Route(
        String method,
        String template,
        String summary,
        List<Integer> statuses,
        List<String> queryParams,
        Example example,
        int priority,
        Map<Integer, Body> bodies,
        Handler handler) {

    public static final int DEFAULT_PRIORITY = 5;
    public static final String JSON = "application/json";
    /** The status key of {@link #returns} for "any status not listed" ({@code /status/{code}}). */
    public static final int ANY_OTHER_STATUS = 0;

    /** The media type and the OpenAPI schema (a name under components/schemas) of one status's body. */
    public record Body(String mediaType, String schema) {}

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
        return new Route(method, template, summary, List.of(200), List.of(), example, DEFAULT_PRIORITY, Map.of(), handler);
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
        return new Route(method, template, summary, List.of(codes), queryParams, example, priority, bodies, handler);
    }

    public Route query(String... names) {
        return new Route(method, template, summary, statuses, List.of(names), example, priority, bodies, handler);
    }

    /** The JSON body of {@code status} is schema {@code schema} ({@code Post}, {@code PostList}...). */
    public Route returns(int status, String schema) {
        return returns(status, JSON, schema);
    }

    public Route returns(int status, String mediaType, String schema) {
        Map<Integer, Body> more = new java.util.TreeMap<>(bodies);
        more.put(status, new Body(mediaType, schema));
        return new Route(method, template, summary, statuses, queryParams, example, priority, Map.copyOf(more), handler);
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
        return new Route(method, template, summary, statuses, queryParams, example, value, bodies, handler);
    }

    private Route withExample(Example value) {
        return new Route(method, template, summary, statuses, queryParams, value, priority, bodies, handler);
    }

    /** {@code GET /posts/{id}} */
    public String label() {
        return method + " " + template;
    }
}
