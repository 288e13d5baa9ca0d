package dev.apikata.http.status;

import java.net.http.HttpResponse;

/** 404 Not Found. Given: you do not need to change this class. */
public class NotFoundException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message, HttpResponse<String> response) {
        super(message, response);
    }
}
