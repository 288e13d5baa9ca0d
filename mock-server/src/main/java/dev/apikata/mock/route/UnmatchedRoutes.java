package dev.apikata.mock.route;

import com.github.tomakehurst.wiremock.common.url.PathTemplate;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers what no route matched. A path with a trailing slash ({@code /posts/}, {@code /posts/1/})
 * is served by the route without it, as json-server does. Else 405 with {@code Allow} when the path
 * exists for other methods (204 with {@code Allow} to a plain OPTIONS), else 404 naming the
 * closest routes, so a typo is quick to spot.
 */
public final class UnmatchedRoutes implements Handler {

    private static final int SUGGESTIONS = 3;

    private final List<Route> routes;
    private final List<PathTemplate> templates;

    public UnmatchedRoutes(List<Route> routes) {
        // In the order WireMock tries them: by priority, then as registered.
        this.routes = routes.stream().sorted(Comparator.comparingInt(Route::priority)).toList();
        this.templates = this.routes.stream().map(r -> new PathTemplate(r.template())).toList();
    }

    @Override
    public ResponseDefinition handle(KitRequest request) {
        String path = request.path();
        if (path.length() > 1 && path.endsWith("/")) {
            String withoutSlash = path.substring(0, path.length() - 1);
            for (int i = 0; i < routes.size(); i++) {
                if (accepts(routes.get(i), request.method()) && templates.get(i).matches(withoutSlash)) {
                    KitRequest same = new KitRequest(request.raw(), RouteDispatcher.decodedParams(templates.get(i), withoutSlash));
                    return routes.get(i).handler().handle(same);
                }
            }
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (int i = 0; i < routes.size(); i++) {
            if (templates.get(i).matches(path)) {
                String method = routes.get(i).method();
                allowed.addAll(method.equals("ANY") ? List.of("GET", "POST", "PUT", "PATCH", "DELETE") : List.of(method));
                if (method.equals("GET")) {
                    allowed.add("HEAD");
                }
            }
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
            String allow = String.join(", ", allowed);
            if (request.method().equals("OPTIONS")) {
                return Reply.status(204).header("Allow", allow).empty();
            }
            throw new ApiProblem(405, "method_not_allowed", request.method() + " is not allowed on " + path + "; use " + allow)
                    .header("Allow", allow)
                    .detail("allowed", allowed);
        }
        List<String> closest = routes.stream()
                .sorted(Comparator.comparingInt((Route r) -> distance(path, filledIn(r.template(), path)))
                        .thenComparing(r -> !r.method().equals(request.method()))
                        .thenComparing(Route::label))
                .map(Route::label)
                .distinct()
                .limit(SUGGESTIONS)
                .toList();
        throw new ApiProblem(404, "no_such_route", "No route for " + request.method() + " " + path)
                .detail("closestRoutes", closest)
                .detail("allRoutes", "GET /__kit/routes");
    }

    private static boolean accepts(Route route, String method) {
        return route.method().equals("ANY") || route.method().equals(method) || (method.equals("HEAD") && route.method().equals("GET"));
    }

    /** The template with each {@code {param}} replaced by the path's segment at that place. */
    static String filledIn(String template, String path) {
        String[] segments = template.split("/", -1);
        String[] actual = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{") && i < actual.length) {
                segments[i] = actual[i];
            }
        }
        return String.join("/", segments);
    }

    /** Levenshtein distance between a path and a route template. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
