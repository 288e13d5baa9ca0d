package dev.apikata.mock.route;

import com.github.tomakehurst.wiremock.common.url.PathTemplate;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one WireMock transformer of the mock API: every stub we register names it, and it hands the
 * request to the handler of the stub's route. Handlers throw {@link ApiProblem} for JSON errors.
 */
public final class RouteDispatcher implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "apikata-routes";

    private record Bound(Route route, PathTemplate template) {}

    private final Map<UUID, Bound> byStubId = new ConcurrentHashMap<>();

    /** Remembers which route a stub belongs to. */
    public void bind(UUID stubId, Route route) {
        byStubId.put(stubId, new Bound(route, new PathTemplate(route.template())));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Bound bound = byStubId.get(serveEvent.getStubMapping().getId());
        if (bound == null) {
            return serveEvent.getResponseDefinition();
        }
        try {
            KitRequest request = new KitRequest(serveEvent.getRequest(), pathParams(bound, serveEvent));
            return bound.route().handler().handle(request);
        } catch (ApiProblem problem) {
            return problem.toResponse();
        } catch (RuntimeException unexpected) {
            // Keep serving: a bug in one handler answers 500 with the cause instead of a dropped connection.
            return Reply.error(500, "internal_error", unexpected.toString());
        }
    }

    /** The template's parameters, percent-decoded: {@code /servers/web%2002} names {@code web 02}. */
    private static Map<String, String> pathParams(Bound bound, ServeEvent serveEvent) {
        if (bound.template().numberOfParameters() == 0) {
            return Map.of();
        }
        String url = serveEvent.getRequest().getUrl();
        int q = url.indexOf('?');
        return decodedParams(bound.template(), q < 0 ? url : url.substring(0, q));
    }

    static Map<String, String> decodedParams(PathTemplate template, String path) {
        Map<String, String> decoded = new LinkedHashMap<>();
        template.parse(path).forEach((name, value) -> decoded.put(name, PercentEncoding.decodePathSegment(value)));
        return decoded;
    }
}
