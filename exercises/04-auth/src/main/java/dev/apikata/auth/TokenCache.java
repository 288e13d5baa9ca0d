package dev.apikata.auth;

import dev.apikata.course.NotDoneYet;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Reuses one access token until shortly before it expires, then asks its {@link TokenSource} for
 * the next one: one token request an hour instead of one per API call. Safe to share between
 * threads. Chapter section {@code #token-caching}.
 */
public final class TokenCache implements TokenProvider {

    private final TokenSource source;
    private final Clock clock;
    private final Duration refreshMargin;

    /**
     * @param refreshMargin how long before its expiry a token counts as used up, so that it does
     *                      not expire on the way to the API (a slow network, clocks that differ)
     */
    public TokenCache(TokenSource source, Clock clock, Duration refreshMargin) {
        this.source = source;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
    }

    /**
     * The cached token while the clock is before {@code expiresAt - refreshMargin}; otherwise (or
     * when there is none) a new one from the source, which is then cached. Callers that arrive
     * together while a new token is requested wait for that one request: they do not send
     * their own. A failed request caches nothing and reaches the caller.
     */
    @Override
    public AccessToken token() throws IOException, InterruptedException {
        throw NotDoneYet.task("04.4");
    }

    /**
     * Forgets {@code rejected} if it is still the cached token, so the next {@link #token()}
     * requests a new one. A token that was already replaced changes nothing: when many callers
     * report the same stale token, only one new token is requested.
     */
    @Override
    public void invalidate(AccessToken rejected) {
        throw NotDoneYet.task("04.4");
    }
}
