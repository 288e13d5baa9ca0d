package dev.apikata.http.status;

import java.net.http.HttpResponse;

/** A 4xx: the request was wrong or not allowed as it was. Given: you do not need to change this class. */
public class ClientErrorException extends HttpStatusException {

    private static final long serialVersionUID = 1L;

    public ClientErrorException(String message, HttpResponse<String> response) {
        super(message, response);
    }
}
