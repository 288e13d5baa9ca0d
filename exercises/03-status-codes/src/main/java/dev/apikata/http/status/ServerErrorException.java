package dev.apikata.http.status;

import java.net.http.HttpResponse;

/** A 5xx: the server failed. Given: you do not need to change this class. */
public class ServerErrorException extends HttpStatusException {

    private static final long serialVersionUID = 1L;

    public ServerErrorException(String message, HttpResponse<String> response) {
        super(message, response);
    }
}
