package dev.apikata.auth;

/**
 * Where an API sends its key: each API's documentation says which one it wants. Never the query
 * string ({@code ?api_key=}): URLs end up in access logs. Chapter section {@code #api-keys}.
 * Given: you do not need to change this enum.
 */
public enum KeyPlacement {
    /** {@code X-API-Key: <key>}, a header of its own. */
    X_API_KEY,
    /** {@code Authorization: Bearer <key>}, the standard header, as for an OAuth access token. */
    AUTHORIZATION_BEARER
}
