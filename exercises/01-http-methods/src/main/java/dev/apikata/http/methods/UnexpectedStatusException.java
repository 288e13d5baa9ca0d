package dev.apikata.http.methods;

import java.net.http.HttpResponse;

/**
 * The server answered with a status code this client does not expect for the request it sent.
 * Given: you do not need to change this class; throw it with {@code new UnexpectedStatusException(response)}.
 */
public class UnexpectedStatusException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int BODY_EXCERPT = 500;

    private final int statusCode;

    public UnexpectedStatusException(HttpResponse<?> response) {
        super(describe(response));
        this.statusCode = response.statusCode();
    }

    public int statusCode() {
        return statusCode;
    }

    private static String describe(HttpResponse<?> response) {
        String message = response.request().method() + " " + response.uri() + " answered " + response.statusCode();
        // The body often says why (a validation error, WireMock's report of a request it did not expect).
        if (response.body() instanceof String body && !body.isBlank()) {
            String excerpt = body.length() > BODY_EXCERPT ? body.substring(0, BODY_EXCERPT) + "…" : body;
            message += ": " + excerpt.strip();
        }
        return message;
    }
}
