package dev.apikata.http.status;

/**
 * The five classes of status code (RFC 9110, section 15): the first digit says which.
 * Given: you do not need to change this enum.
 */
public enum StatusFamily {
    /** 1xx: an interim answer; the final one follows. */
    INFORMATIONAL,
    /** 2xx: the request was received, understood and accepted. */
    SUCCESSFUL,
    /** 3xx: the client has to do something more, usually look elsewhere. */
    REDIRECTION,
    /** 4xx: the request was wrong, or not allowed, as it is. */
    CLIENT_ERROR,
    /** 5xx: the server failed at an apparently valid request. */
    SERVER_ERROR
}
