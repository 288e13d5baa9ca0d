package dev.apikata.mock.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.mock.route.PercentEncoding;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * The first handler every request meets, before WireMock: answers CORS preflights, adds the CORS
 * headers, and turns away in clear JSON what WireMock would answer with an HTML stack trace or
 * should not serve at all (a malformed query escape, CONNECT and TRACE, admin parameters that are
 * not numbers, WireMock's file routes, which would read the learner's files).
 */
final class RequestGuard extends HandlerWrapper {

    private static final List<String> NO_FILES = List.of("/__files", "/__admin/files");
    private static final List<String> COUNT_PARAMETERS = List.of("limit", "offset");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Cors.decorate(response);
        ObjectNode refusal = refusal(request);
        if (refusal != null) {
            int status = refusal.remove("status").asInt();
            if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
                response.setHeader("Allow", Cors.ALLOWED_METHODS);
            }
            JsonReply.send(response, status, refusal);
            baseRequest.setHandled(true);
        } else if (Cors.isPreflight(request)) {
            Cors.answerPreflight(request, response);
            baseRequest.setHandled(true);
        } else {
            super.handle(target, baseRequest, request, response);
        }
    }

    /** The JSON error (with a "status" member) for a request that goes no further, or null. */
    static ObjectNode refusal(HttpServletRequest request) {
        String method = request.getMethod();
        if (method.equals("CONNECT") || method.equals("TRACE")) {
            return problem(405, "method_not_allowed", method + " is not supported: this server is not a proxy; use " + Cors.ALLOWED_METHODS);
        }
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (query != null) {
            int bad = PercentEncoding.firstMalformedEscape(query);
            if (bad >= 0) {
                String escape = PercentEncoding.malformedEscapeAt(query, bad);
                return problem(400, "bad_encoding", "Malformed percent-encoding '" + escape + "' at position " + bad
                                + " of the query string: a % must be followed by two hex digits; send a literal % as %25")
                        .put("escape", escape).put("position", bad);
            }
        }
        if (path.startsWith("/__admin") && path.indexOf('\\') >= 0) {
            return problem(400, "bad_path", "An admin path cannot contain a backslash: " + path);
        }
        for (String files : NO_FILES) {
            if (path.equals(files) || path.startsWith(files + "/")) {
                return problem(404, "no_such_route", "The practice API serves and stores no files (" + path + "); see GET /__kit/routes")
                        .put("allRoutes", "GET /__kit/routes");
            }
        }
        if (path.startsWith("/__admin/") && query != null) {
            MultiMap<String> parameters = new MultiMap<>();
            UrlEncoded.decodeUtf8To(query, parameters);
            for (String name : COUNT_PARAMETERS) {
                String value = parameters.getValue(name, 0);
                if (value != null && !WHOLE_NUMBER.matcher(value).matches()) {
                    return problem(400, "bad_parameter", "Query parameter '" + name + "' must be a whole number (0 or more), got '" + value + "'");
                }
            }
        }
        return null;
    }

    private static ObjectNode problem(int status, String code, String message) {
        return JsonReply.error(code, message).put("status", status);
    }
}
