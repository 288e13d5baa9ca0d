package dev.apikata.auth;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reuses one access token until shortly before it expires, then asks its {@link TokenSource} for
 * the next one: one token request an hour instead of one per API call. Safe to share between
 * threads. Chapter section {@code #token-caching}.
 */
public final class TokenCache implements TokenProvider {

    private final TokenSource source;
    private final Clock clock;
    private final Duration refreshMargin;
    // A lock, not synchronized: a virtual thread waiting for the token endpoint keeps its carrier free on JDK 21 too.
    private final ReentrantLock lock = new ReentrantLock();
    private AccessToken current;

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
        // One lock for check and refresh: concurrent callers wait for the first one's token.
        lock.lock();
        try {
            if (current == null || !clock.instant().isBefore(current.expiresAt().minus(refreshMargin))) {
                current = source.requestToken();
            }
            return current;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets {@code rejected} if it is still the cached token, so the next {@link #token()}
     * requests a new one. A token that was already replaced changes nothing: when many callers
     * report the same stale token, only one new token is requested.
     */
    @Override
    public void invalidate(AccessToken rejected) {
        lock.lock();
        try {
            if (current != null && current.value().reveal().equals(rejected.value().reveal())) {
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
