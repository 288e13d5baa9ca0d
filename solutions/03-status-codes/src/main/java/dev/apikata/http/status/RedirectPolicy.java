package dev.apikata.http.status;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, without sending anything, which request follows a redirect. Chapter 03, section
 * {@code #redirects}.
 */
public final class RedirectPolicy {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private RedirectPolicy() {
    }

    /**
     * The request to send after {@code request} was answered with {@code statusCode} and
     * {@code responseHeaders}; empty when the answer is not a redirect to follow (not 301, 302,
     * 303, 307 or 308, or no Location).
     *
     * <ul>
     *   <li>The target is the Location, resolved against the request's URI.</li>
     *   <li>303 turns any method but HEAD into a GET; 301 and 302 turn a POST into a GET; a GET
     *       made this way has no body and no Content-Type. 307 and 308 keep the method and the body.</li>
     *   <li>Authorization is sent again only to the same origin (scheme, host and port).</li>
     * </ul>
     *
     * @throws RedirectException for a redirect from HTTPS to plain HTTP
     */
    public static Optional<HttpRequest> next(HttpRequest request, int statusCode, HttpHeaders responseHeaders)
            throws RedirectException {
        if (!REDIRECTS.contains(statusCode)) {
            return Optional.empty();
        }
        Optional<String> location = responseHeaders.firstValue("Location");
        if (location.isEmpty()) {
            return Optional.empty();
        }
        URI from = request.uri();
        URI to = from.resolve(location.get());
        if ("https".equalsIgnoreCase(from.getScheme()) && !"https".equalsIgnoreCase(to.getScheme())) {
            throw new RedirectException("refusing to follow a redirect from " + from + " to " + to + ": it leaves HTTPS");
        }
        String method = request.method();
        boolean toGet = statusCode == 303 && !method.equals("HEAD")
                || (statusCode == 301 || statusCode == 302) && method.equals("POST");
        boolean sameOrigin = sameOrigin(from, to);
        HttpRequest.Builder next = HttpRequest.newBuilder(request, (name, value) ->
                !(toGet && name.equalsIgnoreCase("Content-Type"))
                        && !(!sameOrigin && name.equalsIgnoreCase("Authorization")));
        next.uri(to);
        if (toGet) {
            next.method("GET", BodyPublishers.noBody());
        }
        return Optional.of(next.build());
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
