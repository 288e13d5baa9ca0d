package dev.apikata.http.methods;

/**
 * What a DELETE achieved. Both outcomes mean the resource is gone now: DELETE is idempotent.
 * Given: you do not need to change this enum.
 */
public enum DeleteOutcome {
    /** The server deleted it just now (200 OK or 204 No Content). */
    DELETED,
    /** It was not there any more (404 Not Found): the goal was already reached. */
    ALREADY_ABSENT
}
