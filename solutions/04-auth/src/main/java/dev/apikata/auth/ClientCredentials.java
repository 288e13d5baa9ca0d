package dev.apikata.auth;

import java.util.Objects;

/**
 * What a confidential OAuth client proves itself with: its id (not a secret) and its secret.
 * Its {@code toString()} shows the secret masked, through {@link Secret}.
 * Given: you do not need to change this record.
 */
public record ClientCredentials(String clientId, Secret clientSecret) {

    public ClientCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }
}
