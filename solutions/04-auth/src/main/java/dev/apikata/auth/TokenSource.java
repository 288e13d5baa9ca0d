package dev.apikata.auth;

import java.io.IOException;

/**
 * Where new access tokens come from: {@link TokenClient} asks the token endpoint for one.
 * Given: you do not need to change this interface.
 */
@FunctionalInterface
public interface TokenSource {

    /** A new token, requested now. */
    AccessToken requestToken() throws IOException, InterruptedException;
}
