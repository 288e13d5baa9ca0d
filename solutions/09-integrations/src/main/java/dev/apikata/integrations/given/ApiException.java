package dev.apikata.integrations.given;

import java.net.http.HttpResponse;

/**
 * Given: the typed HTTP error of module 03, reduced to what this module needs. Thrown for a status
 * the caller did not expect; the message names the method, the URL, the status and the start of
 * the body, so a log line during an outage says what happened.
 */
public class ApiException extends RuntimeException {

    private static final int BODY_EXCERPT = 200;

    private final int statusCode;
    private final String body;

    public ApiException(HttpResponse<String> response) {
        super(response.request().method() + " " + response.uri() + " answered " + response.statusCode() + ": "
                + excerpt(response.body()));
        this.statusCode = response.statusCode();
        this.body = response.body();
    }

    public int statusCode() {
        return statusCode;
    }

    public String body() {
        return body;
    }

    /** Throws for any status outside 200..299, and returns the response otherwise. */
    public static HttpResponse<String> unlessSuccessful(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new ApiException(response);
        }
        return response;
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > BODY_EXCERPT ? body.substring(0, BODY_EXCERPT) + "..." : body;
    }
}
