package dev.apikata.course;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The message of an exception for an answer a client did not expect: method, URI, status and the
 * useful start of the body, in the learner's language. Exercise modules build their own status
 * exceptions on it, so every one reads the same way.
 */
public final class StatusReport {

    /** How much of a body the message keeps: enough for a validation error, not a whole page. */
    public static final int BODY_EXCERPT = 300;

    private StatusReport() {
    }

    /** {@code GET http://127.0.0.1:8080/posts/1 answered 500: {"error": "database down"}}. */
    public static String of(HttpResponse<?> response) {
        LearnerMessages messages = LearnerMessages.in(Language.detect());
        String message = messages.get("status.answered", response.request().method(), response.uri(), response.statusCode());
        // A body read as text or as bytes can be shown; a stream or a discarded body cannot.
        Object body = response.body();
        String excerpt = body instanceof String text ? excerpt(text, messages)
                : body instanceof byte[] bytes ? excerpt(new String(bytes, StandardCharsets.UTF_8), messages)
                : "";
        return excerpt.isEmpty() ? message : message + ": " + excerpt;
    }

    /**
     * The start of {@code body} with its whitespace collapsed; for WireMock's "Request was not matched"
     * page, the closest stub and what differs from it, not the padding of its table.
     */
    static String excerpt(String body, LearnerMessages messages) {
        var table = NearMissTable.parse(body);
        if (table.isPresent()) {
            String closest = messages.get("status.noStub", table.get().stubMethod(), table.get().stubUrl());
            var explained = table.get().explain(messages);
            return explained.isEmpty() ? closest : closest + ": " + String.join("; ", explained);
        }
        String text = body.strip().replaceAll("\\s+", " ");
        return text.length() > BODY_EXCERPT ? text.substring(0, BODY_EXCERPT) + "…" : text;
    }
}
