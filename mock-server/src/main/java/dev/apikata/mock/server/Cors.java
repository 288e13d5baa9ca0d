package dev.apikata.mock.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin access for every route, so Swagger UI, Hoppscotch or a learner's own page can call
 * the practice API from a browser. Any origin may read the answers; nothing relies on cookies, so
 * no credentials are involved.
 */
final class Cors {

    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    /** The headers a client script may read beyond the CORS-safelisted ones. */
    static final String EXPOSED_HEADERS = String.join(", ",
            "Location", "Link", "X-Total-Count", "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining",
            "X-RateLimit-Reset", "ETag", "Last-Modified", "Content-Range", "Accept-Ranges", "WWW-Authenticate", "Allow");
    private static final String PREFLIGHT_MAX_AGE_SECONDS = "600";

    private Cors() {}

    static void decorate(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    /** A browser's preflight: OPTIONS with an Origin and the method it wants to use. */
    static boolean isPreflight(HttpServletRequest request) {
        return request.getMethod().equals("OPTIONS")
                && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }

    /** 204 allowing every method and whatever headers the page asked for (Authorization included). */
    static void answerPreflight(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
        String requested = request.getHeader("Access-Control-Request-Headers");
        if (requested != null && !requested.isBlank()) {
            response.setHeader("Access-Control-Allow-Headers", requested);
        }
        // Chrome asks before a public page may reach a loopback server (Private Network Access).
        if ("true".equalsIgnoreCase(request.getHeader("Access-Control-Request-Private-Network"))) {
            response.setHeader("Access-Control-Allow-Private-Network", "true");
        }
        response.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS);
        response.setHeader("Vary", "Access-Control-Request-Headers, Access-Control-Request-Private-Network");
    }
}
