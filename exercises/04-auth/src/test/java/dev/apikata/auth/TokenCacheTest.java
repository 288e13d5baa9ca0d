package dev.apikata.auth;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.apikata.course.LearnerFeedback;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Module 04, task 04.4: a token cache in front of a token source the test counts. Time moves only
 * when the test moves the clock; the concurrent callers meet through latches, not sleeps.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:04.4")
@DisplayName("04.4 TokenCache: one token, reused until shortly before it expires")
class TokenCacheTest {

    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final Duration MARGIN = Duration.ofSeconds(60);

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final AtomicInteger requests = new AtomicInteger();

    /** Token number n of the source, valid for an hour from now. */
    private AccessToken token(int n) {
        return new AccessToken(Secret.of("dev-only-token-" + n + "-0123456789abcdef"), clock.instant().plus(LIFETIME), Set.of("read"));
    }

    /** A source that hands out token 1, 2, 3... and counts the requests. */
    private final TokenSource source = () -> token(requests.incrementAndGet());

    private static String value(AccessToken token) {
        return token.value().reveal();
    }

    @Test
    @DisplayName("two calls ten minutes apart: one token request, the same token")
    void reusesTheToken() throws Exception {
        TokenCache cache = new TokenCache(source, clock, MARGIN);

        AccessToken first = cache.token();
        clock.advance(Duration.ofMinutes(10));
        AccessToken second = cache.token();

        assertThat(value(second)).as("the token of the second call").isEqualTo(value(first));
        assertThat(requests).as("token requests for two calls within the token's life").hasValue(1);
    }

    @Test
    @DisplayName("61 s before expiry (margin 60 s): still the cached token")
    void reusedUntilTheMargin() throws Exception {
        TokenCache cache = new TokenCache(source, clock, MARGIN);

        AccessToken first = cache.token();
        clock.advance(LIFETIME.minus(MARGIN).minusSeconds(1));
        AccessToken later = cache.token();

        assertThat(value(later)).as("the token 61 s before the first one expires").isEqualTo(value(first));
        assertThat(requests).as("token requests").hasValue(1);
    }

    // Exactly 60 s before expiry is left to the implementation: either side of the margin's edge is right.
    @Test
    @DisplayName("59 s before expiry (margin 60 s): a new token, one more request")
    void refreshedWithinTheMargin() throws Exception {
        TokenCache cache = new TokenCache(source, clock, MARGIN);

        AccessToken first = cache.token();
        clock.advance(LIFETIME.minus(MARGIN).plusSeconds(1));
        AccessToken later = cache.token();

        assertThat(value(later)).as("the token 59 s before the first one expires").isNotEqualTo(value(first));
        assertThat(requests).as("token requests").hasValue(2);
    }

    @Test
    @DisplayName("30 s after expiry: never the expired token")
    void expiredTokenIsNeverHandedOut() throws Exception {
        TokenCache cache = new TokenCache(source, clock, MARGIN);

        AccessToken first = cache.token();
        clock.advance(LIFETIME.plusSeconds(30));
        AccessToken later = cache.token();

        assertThat(value(later)).as("the token 30 s after the first one expired").isNotEqualTo(value(first));
        assertThat(later.expiresAt()).as("the expiry of the token handed out").isAfter(clock.instant());
    }

    @Test
    @DisplayName("a failed token request caches nothing: the error reaches the caller, the next call asks again")
    void failureIsNotCached() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        TokenSource failingOnce = () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IOException("connection reset by the token endpoint");
            }
            return token(attempts.get());
        };
        TokenCache cache = new TokenCache(failingOnce, clock, MARGIN);

        Throwable thrown = catchThrowable(cache::token);
        AccessToken next = cache.token();

        assertThat(thrown).as("token() when the token request fails: the IOException, thrown as it is or as a cause")
                .isNotNull()
                .satisfiesAnyOf(
                        failure -> assertThat(failure).isInstanceOf(IOException.class),
                        failure -> assertThat(failure).hasRootCauseInstanceOf(IOException.class));

        assertThat(value(next)).as("the token of the call after the failure").isEqualTo(value(token(2)));
    }

    @Test
    @DisplayName("invalidate(the cached token): the next call requests a new one")
    void invalidateDropsTheCachedToken() throws Exception {
        TokenCache cache = new TokenCache(source, clock, MARGIN);

        AccessToken rejected = cache.token();
        cache.invalidate(rejected);
        AccessToken next = cache.token();

        assertThat(value(next)).as("the token after the cached one was invalidated").isNotEqualTo(value(rejected));
        assertThat(requests).as("token requests").hasValue(2);
    }

    @Test
    @DisplayName("invalidate(an older token): the newer one is kept, no extra request")
    void invalidateOfAStaleTokenKeepsTheNewOne() throws Exception {
        TokenCache cache = new TokenCache(source, clock, MARGIN);
        AccessToken old = cache.token();
        cache.invalidate(old);            // a first caller got 401 with it
        AccessToken fresh = cache.token(); // and fetched the next one

        cache.invalidate(old);            // a second caller reports the same old token late
        AccessToken afterwards = cache.token();

        assertThat(value(afterwards)).as("the token after a late report about the old one").isEqualTo(value(fresh));
        assertThat(requests).as("token requests").hasValue(2);
    }

    /** Eight callers at once against a source that holds its first request open until the test lets it go. */
    private final class Crowd {
        static final int CALLERS = 8;
        final CountDownLatch firstRequestStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();
        final Queue<String> tokens = new ConcurrentLinkedQueue<>();
        final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

        void run() throws InterruptedException {
            TokenSource slow = () -> {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    int n = requests.incrementAndGet();
                    firstRequestStarted.countDown();
                    release.await(5, SECONDS);
                    return token(n);
                } finally {
                    inFlight.decrementAndGet();
                }
            };
            TokenCache cache = new TokenCache(slow, clock, MARGIN);
            AtomicInteger calling = new AtomicInteger();
            List<Thread> callers = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                Thread caller = new Thread(() -> {
                    calling.incrementAndGet();
                    try {
                        tokens.add(value(cache.token()));
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }, "token-caller-" + i);
                caller.setDaemon(true); // a caller stuck in a broken token() must not keep the JVM alive
                callers.add(caller);
                caller.start();
            }
            awaitAllWaiting(callers, calling);
            release.countDown();
            long joinDeadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            for (Thread caller : callers) {
                caller.join(Math.max(1, Duration.ofNanos(joinDeadline - System.nanoTime()).toMillis()));
            }
            assertThat(failures).as("exceptions thrown by token()").isEmpty();
            assertThat(tokens).as("the callers that got a token within 5 s (a caller still waiting means token() never returned)")
                    .hasSize(CALLERS);
            assertThat(firstRequestStarted.getCount()).as("token requests started (none would mean no request at all)").isZero();
        }

        /** Until every caller is inside token() and parked (on a lock, or in the source) or done, or 2 s have passed. */
        private void awaitAllWaiting(List<Thread> callers, AtomicInteger calling) {
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < deadline) {
                boolean allParked = callers.stream().allMatch(thread -> switch (thread.getState()) {
                    case BLOCKED, WAITING, TIMED_WAITING, TERMINATED -> true;
                    default -> false;
                });
                if (calling.get() == CALLERS && allParked) {
                    return;
                }
                LockSupport.parkNanos(100_000);
            }
        }
    }

    @Test
    @DisplayName("8 callers at once while no token is cached: never two token requests at the same time")
    void concurrentCallersDoNotOverlap() throws Exception {
        Crowd crowd = new Crowd();

        crowd.run();

        assertThat(crowd.mostInFlight).as("the most token requests in flight at once, for 8 callers that arrived together")
                .hasValue(1);
    }

    @Test
    @DisplayName("8 callers at once while no token is cached: one token request in all, one token for everybody")
    void concurrentCallersShareOneRequest() throws Exception {
        Crowd crowd = new Crowd();

        crowd.run();

        assertThat(requests).as("token requests for 8 callers that arrived together").hasValue(1);
        assertThat(crowd.tokens.stream().collect(Collectors.toSet())).as("the tokens the 8 callers got").hasSize(1);
    }
}
