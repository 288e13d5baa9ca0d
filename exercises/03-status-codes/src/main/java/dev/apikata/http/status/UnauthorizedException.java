package dev.apikata.http.status;

import java.net.http.HttpResponse;

/** 401 Unauthorized: credentials are missing or invalid (authenticate, then try once more). Given: you do not need to change this class. */
public class UnauthorizedException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String message, HttpResponse<String> response) {
        super(message, response);
    }
}
