package dev.apikata.mock.route;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by a handler to answer with a JSON error; the dispatcher turns it into the response.
 * Lets deep helpers (body parsing, auth checks) stop a request without threading results back.
 */
public final class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final ObjectNode details = Json.object();

    public ApiProblem(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public ApiProblem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ApiProblem detail(String name, Object value) {
        details.set(name, Json.MAPPER.valueToTree(value));
        return this;
    }

    public ResponseDefinition toResponse() {
        ObjectNode body = Json.object().put("error", code).put("message", getMessage());
        body.setAll(details);
        Reply reply = Reply.status(status);
        headers.forEach(reply::header);
        return reply.json(body);
    }
}
