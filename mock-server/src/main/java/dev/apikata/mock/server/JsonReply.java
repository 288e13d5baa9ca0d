package dev.apikata.mock.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.Reply;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.jetty.http.HttpStatus;

/** JSON errors written at the Jetty level, in the same shape as the routes' own errors. */
final class JsonReply {

    private JsonReply() {}

    /** {@code {"error": code, "message": message}}. */
    static ObjectNode error(String code, String message) {
        return Json.object().put("error", code).put("message", message);
    }

    /** {@code request_timeout} for 408, {@code bad_request} for 400... */
    static String codeFor(int status) {
        String reason = HttpStatus.getMessage(status);
        return reason == null ? "status_" + status : reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    static void send(HttpServletResponse response, int status, ObjectNode body) throws IOException {
        byte[] bytes = Json.bytes(body);
        response.setStatus(status);
        response.setContentType(Reply.JSON);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
