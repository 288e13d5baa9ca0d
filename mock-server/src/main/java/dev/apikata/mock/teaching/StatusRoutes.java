package dev.apikata.mock.teaching;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.route.ApiProblem;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.JsonBody;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /status/{code}}: answers with the code, its reason phrase and the headers it implies
 * (Location for 201 and 3xx, Retry-After for 429 and 503, WWW-Authenticate for 401, Allow for
 * 405, Content-Range for 206). Plus {@code POST /upload} to see {@code Expect: 100-continue}.
 */
public final class StatusRoutes {

    private static final String PARTIAL_BODY = "0123456789";
    private static final int MAX_RETRY_AFTER_SECONDS = 86_400;
    private StatusRoutes() {}

    public static List<Route> routes() {
        return List.of(
                Route.any("/status/{code}", "Answer with the given status code and the headers it implies", StatusRoutes::status)
                        .statuses(404, 200, 201, 202, 204, 206, 301, 302, 304, 307, 308, 400, 401, 403, 405, 409, 418, 422, 429,
                                500, 502, 503, 504)
                        .returns(206, "text/plain", "Text").returns(Route.ANY_OTHER_STATUS, "StatusBody")
                        .query("retry_after", "location")
                        .example("/status/404"),
                Route.post("/upload", "Receive a body; send 'Expect: 100-continue' to see the interim 100 response", StatusRoutes::upload)
                        .statuses(200, 400, 413).returns(200, "Upload")
                        .jsonBody("{\"file\":\"backup.tar.gz\"}"));
    }

    static ResponseDefinition status(KitRequest request) {
        int code = parseCode(request.pathParam("code"));
        StatusCode known = StatusCode.of(code).orElse(null);
        String reason = StatusCode.reasonPhrase(code);
        if (code < 200) {
            // A 1xx is interim: the server must follow it with a final response, so explain instead.
            return Reply.ok(describe(code, reason, known)
                    .put("note", "1xx codes are informational and cannot be a final response. "
                            + "Try: curl -v -H 'Expect: 100-continue' --data-binary @file " + request.baseUrl() + "/upload"));
        }
        Reply reply = Reply.status(code).reason(reason);
        switch (code) {
            case 201 -> reply.header("Location", request.baseUrl() + "/posts/1");
            case 301, 302, 303, 307, 308 -> reply.header("Location", request.baseUrl() + redirectTarget(request));
            case 401 -> reply.header("WWW-Authenticate", "Basic realm=\"apikata\", charset=\"UTF-8\"");
            case 405 -> reply.header("Allow", "GET, HEAD");
            case 429, 503 -> reply.header("Retry-After", retryAfter(request));
            case 206 -> reply.header("Content-Range", "bytes 0-" + (PARTIAL_BODY.length() - 1) + "/100").header("Accept-Ranges", "bytes");
            case 304 -> reply.header("ETag", "\"apikata-status-304\"");
            default -> { }
        }
        if (code == 204 || code == 304) {
            return reply.empty();
        }
        if (code == 206) {
            return reply.text("text/plain; charset=utf-8", PARTIAL_BODY);
        }
        return reply.json(describe(code, reason, known));
    }

    /** {@code ?retry_after=N}: seconds to send in Retry-After, which cannot be negative. */
    static int retryAfter(KitRequest request) {
        int seconds = request.intParam("retry_after", 1);
        if (seconds < 0 || seconds > MAX_RETRY_AFTER_SECONDS) {
            throw new ApiProblem(400, "bad_parameter",
                    "retry_after is the Retry-After header in seconds: 0 to " + MAX_RETRY_AFTER_SECONDS + ", got " + seconds);
        }
        return seconds;
    }

    private static ObjectNode describe(int code, String reason, StatusCode known) {
        ObjectNode body = Json.object().put("status", code).put("reason", reason);
        if (known != null) {
            body.putObject("description").put("ja", known.ja()).put("en", known.en());
        }
        return body;
    }

    private static int parseCode(String text) {
        try {
            int code = Integer.parseInt(text);
            if (code >= 100 && code <= 599) {
                return code;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new ApiProblem(400, "bad_status_code", "'" + text + "' is not an HTTP status code (100-599)");
    }

    /** Only local paths, so the mock can never redirect a learner's client elsewhere. */
    private static String redirectTarget(KitRequest request) {
        String location = request.queryParam("location").orElse("/anything");
        return location.startsWith("/") && !location.startsWith("//") ? location : "/anything";
    }

    static ResponseDefinition upload(KitRequest request) {
        byte[] body = request.body();
        JsonBody.checkSize(body);
        return Reply.ok(Json.object()
                .put("receivedBytes", body.length)
                .put("contentType", request.header("Content-Type").orElse(null))
                .put("expect", request.header("Expect").orElse(null))
                .put("preview", new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8)));
    }
}
