package dev.apikata.retries;

import dev.apikata.course.Language;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A retried request that failed on every attempt the policy allowed. It carries what an operator
 * needs to judge the outage: how many attempts were made, how the last one ended (a status code,
 * or the I/O failure as the cause), and how long the client waited between attempts in all.
 * Given: you do not need to change this class; throw it with one of its constructors.
 *
 * <p>It is an {@link IOException}: code that already handles a failed exchange handles this one too.
 */
public class RetriesExhaustedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int attempts;
    private final Integer lastStatus;
    private final Duration totalWaited;

    /** The last attempt was answered with {@code lastStatus}, a status the policy retries. */
    public RetriesExhaustedException(HttpRequest request, int attempts, int lastStatus, Duration totalWaited) {
        super(message(request, attempts, totalWaited, "HTTP " + lastStatus));
        this.attempts = attempts;
        this.lastStatus = lastStatus;
        this.totalWaited = Objects.requireNonNull(totalWaited, "totalWaited");
    }

    /** The last attempt failed with {@code lastFailure}: a reset connection, a timeout... */
    public RetriesExhaustedException(HttpRequest request, int attempts, IOException lastFailure, Duration totalWaited) {
        super(message(request, attempts, totalWaited, String.valueOf(lastFailure)), lastFailure);
        this.attempts = attempts;
        this.lastStatus = null;
        this.totalWaited = Objects.requireNonNull(totalWaited, "totalWaited");
    }

    /** How many times the request was sent, the first attempt included. */
    public int attempts() {
        return attempts;
    }

    /** The status of the last answer, or empty when the last attempt got no answer (see {@link #getCause()}). */
    public OptionalInt lastStatus() {
        return lastStatus == null ? OptionalInt.empty() : OptionalInt.of(lastStatus);
    }

    /** The sum of the waits between the attempts. */
    public Duration totalWaited() {
        return totalWaited;
    }

    private static String message(HttpRequest request, int attempts, Duration waited, String last) {
        String call = request.method() + " " + request.uri();
        double seconds = waited.toMillis() / 1000.0;
        return Language.detect() == Language.JA
                ? String.format(Locale.ROOT, "%s: %d 回送っても成功しませんでした（待ち時間の合計 %.3f 秒）。最後の結果: %s", call, attempts, seconds, last)
                : String.format(Locale.ROOT, "%s: gave up after %d attempts (%.3f s of waiting in all); the last one ended with %s",
                        call, attempts, seconds, last);
    }
}
