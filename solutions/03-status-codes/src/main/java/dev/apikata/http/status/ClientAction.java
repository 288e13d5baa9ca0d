package dev.apikata.http.status;

/**
 * What a client does next with an answer. Chapter 03 has a table with one row per status code
 * of the reference. Given: you do not need to change this enum.
 */
public enum ClientAction {
    /** 1xx: nothing yet. The HTTP client handles it and waits for the final answer. */
    AWAIT_FINAL_RESPONSE,
    /** Read the body: it is what you asked for. */
    USE_BODY,
    /** Something was created: its address is in the Location header. */
    READ_LOCATION,
    /** Accepted for later: poll the status address until the work is done. */
    POLL_STATUS,
    /** Done, and there is no body: do not try to parse one. */
    NO_BODY_TO_READ,
    /** Part of the content: put the ranges together, checking Content-Range. */
    ASSEMBLE_RANGES,
    /** Send the request again to the Location, within the redirect rules. */
    FOLLOW_REDIRECT,
    /** The copy you have is still good: use your cache. */
    USE_CACHED_COPY,
    /** The request is wrong as it is: change it before sending it again; never retry it unchanged. */
    FIX_REQUEST,
    /** Credentials are missing or no longer valid: get (new) ones, then send once more. */
    AUTHENTICATE,
    /** Authenticated, but not allowed: new credentials or retries will not help; ask for access. */
    ASK_FOR_ACCESS,
    /** There is nothing there (any more): treat it as absent. */
    TREAT_AS_ABSENT,
    /** The resource's current state is in the way: read it and decide (it may already be what you wanted). */
    RESOLVE_CONFLICT,
    /** A passing condition: wait (Retry-After when given, else a backoff) and send the same request again. */
    RETRY_LATER,
    /** Neither you nor a retry can fix it: stop, log the details, tell a person. */
    REPORT
}
