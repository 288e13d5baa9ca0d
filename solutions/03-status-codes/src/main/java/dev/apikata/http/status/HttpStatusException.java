package dev.apikata.http.status;

import java.net.URI;
import java.net.http.HttpResponse;

/**
 * The server answered with a 4xx or 5xx status. Given: you do not need to change this class or its
 * subclasses; {@link HttpErrors#raiseForStatus} picks the right one and writes its message.
 */
public class HttpStatusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final URI uri;
    private final int statusCode;
    private final transient String body;

    public HttpStatusException(String message, HttpResponse<String> response) {
        super(message);
        this.method = response.request().method();
        this.uri = response.uri();
        this.statusCode = response.statusCode();
        this.body = response.body() == null ? "" : response.body();
    }

    /** The method of the request that got this answer. */
    public String method() {
        return method;
    }

    /** The URI that answered (after any redirects). */
    public URI uri() {
        return uri;
    }

    public int statusCode() {
        return statusCode;
    }

    /** The whole body of the answer, for a caller that wants to parse it. */
    public String body() {
        return body;
    }
}
