package dev.apikata.http.status;

import java.io.IOException;

/**
 * A 206 Partial Content that does not fit the range that was asked for: a missing or malformed
 * Content-Range, another start, or a body of another length. Given: you do not need to change this class.
 */
public class InvalidRangeResponseException extends IOException {

    private static final long serialVersionUID = 1L;

    public InvalidRangeResponseException(String message) {
        super(message);
    }
}
