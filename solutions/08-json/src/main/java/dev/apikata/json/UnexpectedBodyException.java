package dev.apikata.json;

import java.io.IOException;
import java.net.http.HttpResponse;

/**
 * A response whose body cannot be read as the JSON that was expected: not JSON at all (an HTML
 * error page from a proxy), malformed JSON, or JSON of another shape. Its message names the
 * request, the status, the Content-Type and the start of the body, which usually says what
 * happened. Given: you do not need to change this class; throw it with
 * {@code new UnexpectedBodyException(reason, response, bodyStart, cause)}.
 */
public class UnexpectedBodyException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String contentType;
    private final String bodyStart;

    /**
     * @param reason    why the body cannot be read, in a few words
     * @param response  the response whose body it is
     * @param bodyStart the start of the body, for the message and for whoever reads the log
     * @param cause     the parser's exception, or {@code null} when the body was not parsed at all
     */
    public UnexpectedBodyException(String reason, HttpResponse<String> response, String bodyStart, Throwable cause) {
        super(reason + ": " + response.request().method() + " " + response.uri() + " answered " + response.statusCode()
                + " (" + response.headers().firstValue("Content-Type").orElse("no Content-Type") + "): " + bodyStart, cause);
        this.statusCode = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse(null);
        this.bodyStart = bodyStart;
    }

    public int statusCode() {
        return statusCode;
    }

    /** The Content-Type of the response, or {@code null} when it had none. */
    public String contentType() {
        return contentType;
    }

    public String bodyStart() {
        return bodyStart;
    }
}
