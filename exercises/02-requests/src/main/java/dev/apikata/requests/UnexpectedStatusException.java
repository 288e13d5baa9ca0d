package dev.apikata.requests;

import dev.apikata.course.StatusReport;
import java.net.http.HttpResponse;

/**
 * The server answered with a status code this client does not expect for the request it sent.
 * Given: you do not need to change this class; throw it with {@code new UnexpectedStatusException(response)}.
 * Its message names the method, the URI, the status and the start of the body, which is usually
 * where the server says what went wrong.
 */
public class UnexpectedStatusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;

    public UnexpectedStatusException(HttpResponse<?> response) {
        super(StatusReport.of(response));
        this.statusCode = response.statusCode();
    }

    public int statusCode() {
        return statusCode;
    }
}
