package dev.apikata.http.status;

import java.net.http.HttpResponse;

/** 409 Conflict: the resource's current state is in the way. Given: you do not need to change this class. */
public class ConflictException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message, HttpResponse<String> response) {
        super(message, response);
    }
}
