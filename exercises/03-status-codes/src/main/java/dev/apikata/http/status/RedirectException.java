package dev.apikata.http.status;

import java.io.IOException;

/**
 * A redirect this client will not follow: from HTTPS to plain HTTP, a loop, or more hops than
 * allowed. Given: you do not need to change this class.
 */
public class RedirectException extends IOException {

    private static final long serialVersionUID = 1L;

    public RedirectException(String message) {
        super(message);
    }
}
