package dev.apikata.http.status;

import java.net.http.HttpResponse;

/** 403 Forbidden: authenticated, but not allowed (new credentials will not help). Given: you do not need to change this class. */
public class ForbiddenException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message, HttpResponse<String> response) {
        super(message, response);
    }
}
