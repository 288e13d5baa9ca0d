package dev.apikata.auth;

import java.io.IOException;

/**
 * What a client that calls a protected API needs: a token to send now, and a way to say that the
 * API refused one. {@link TokenCache} is the implementation that reuses tokens.
 * Given: you do not need to change this interface.
 */
public interface TokenProvider {

    /** A token that is valid now (possibly the one handed out last time). */
    AccessToken token() throws IOException, InterruptedException;

    /** The API answered 401 to {@code rejected}: do not hand it out again. */
    void invalidate(AccessToken rejected);
}
