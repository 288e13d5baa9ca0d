package dev.apikata.mock.route;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;

/** A small fluent builder for the responses our handlers give, on top of WireMock's. */
public final class Reply {

    public static final String JSON = "application/json; charset=utf-8";

    private final ResponseDefinitionBuilder builder;

    private Reply(int status) {
        this.builder = ResponseDefinitionBuilder.responseDefinition().withStatus(status);
    }

    public static Reply status(int status) {
        return new Reply(status);
    }

    public static ResponseDefinition json(int status, Object body) {
        return status(status).json(body);
    }

    public static ResponseDefinition ok(Object body) {
        return json(200, body);
    }

    /** An error body every route shares: {@code {"error": code, "message": ...}} plus details. */
    public static ResponseDefinition error(int status, String code, String message) {
        return status(status).json(Json.object().put("error", code).put("message", message));
    }

    public Reply header(String name, Object value) {
        builder.withHeader(name, String.valueOf(value));
        return this;
    }

    public Reply reason(String reasonPhrase) {
        builder.withStatusMessage(reasonPhrase);
        return this;
    }

    public ResponseDefinitionBuilder wireMock() {
        return builder;
    }

    public ResponseDefinition json(Object body) {
        byte[] bytes = body instanceof byte[] b ? b : Json.bytes(body);
        return builder.withHeader("Content-Type", JSON).withBody(bytes).build();
    }

    public ResponseDefinition text(String contentType, String body) {
        return builder.withHeader("Content-Type", contentType)
                .withBody(body.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    public ResponseDefinition bytes(String contentType, byte[] body) {
        return builder.withHeader("Content-Type", contentType).withBody(body).build();
    }

    public ResponseDefinition empty() {
        return builder.build();
    }
}
