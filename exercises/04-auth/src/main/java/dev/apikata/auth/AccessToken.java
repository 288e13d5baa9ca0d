package dev.apikata.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A Bearer access token as the client keeps it: the token itself (masked when printed), when it
 * expires, and the scopes the server granted, which may be fewer than those asked for.
 * Given: you do not need to change this record.
 */
public record AccessToken(Secret value, Instant expiresAt, Set<String> scopes) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = Set.copyOf(scopes);
    }
}
