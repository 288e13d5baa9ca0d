package dev.apikata.mock.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.Reply;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages as the routes' JSON errors, never an HTML page or a stack trace: a request
 * Jetty cannot parse, a body that stopped arriving (408), or an exception inside WireMock.
 */
final class JsonErrorHandler extends ErrorHandler {

    JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
            int code, String message) throws IOException {
        Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code;
        String text = message;
        if (causedBy(cause, TimeoutException.class)) {
            status = HttpStatus.REQUEST_TIMEOUT_408;
            text = "The request was not received in time: the body (or the rest of it) never arrived";
        } else if (cause != null) {
            text = rootCause(cause).toString();
        }
        if (text == null || text.isBlank()) {
            text = HttpStatus.getMessage(status);
        }
        Cors.decorate(response);
        if (HttpStatus.hasNoBody(status)) {
            response.setStatus(status);
            return;
        }
        JsonReply.send(response, status, JsonReply.error(JsonReply.codeFor(status), text));
    }

    /** A request Jetty rejects before any handler runs (a bad URI, headers too large...). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        if (HttpStatus.hasNoBody(status)) {
            return ByteBuffer.allocate(0);
        }
        fields.put(HttpHeader.CONTENT_TYPE, Reply.JSON);
        fields.put("Access-Control-Allow-Origin", "*");
        ObjectNode body = JsonReply.error(JsonReply.codeFor(status), reason == null ? HttpStatus.getMessage(status) : reason);
        return ByteBuffer.wrap(Json.bytes(body));
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
