package dev.apikata.http.status;

import dev.apikata.course.NotDoneYet;
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
        throw NotDoneYet.task("03.9");
    }
}
