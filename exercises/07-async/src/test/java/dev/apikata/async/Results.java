package dev.apikata.async;

import static dev.apikata.async.Failures.causedBy;
import static dev.apikata.async.Failures.causedByOneOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.async.FetchResult.Failure;
import dev.apikata.async.FetchResult.Success;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Assertions about lists of {@link FetchResult}s and about requests the code gave up on. */
final class Results {

    /** How long a request the code gave up on may take to end, once the call has returned. */
    static final Duration GRACE = Duration.ofSeconds(3);

    private Results() {
    }

    static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    static void assertSuccess(List<FetchResult> results, int index, URI uri, String description) {
        assertThat(results).as(description + ": one result per URI").hasSizeGreaterThan(index);
        assertThat(results.get(index)).as("%s: result %d, for %s", description, index, uri)
                .isEqualTo(new Success(uri, Fleet.body(Fleet.name(uri))));
    }

    static Throwable assertFailure(List<FetchResult> results, int index, URI uri, String description) {
        assertThat(results).as(description + ": one result per URI").hasSizeGreaterThan(index);
        FetchResult result = results.get(index);
        assertThat(result).as("%s: result %d, for %s", description, index, uri).isInstanceOf(Failure.class);
        assertThat(result.uri()).as("%s: the URI of result %d", description, index).isEqualTo(uri);
        Throwable error = ((Failure) result).error();
        // Failure's constructor promises error() is what went wrong: a caller reading it never meets an envelope.
        assertThat(error).as("%s: the error of result %d, %s", description, index, Failures.chain(error))
                .isNotInstanceOfAny(CompletionException.class, ExecutionException.class);
        return error;
    }

    static void assertStatusFailure(List<FetchResult> results, int index, URI uri, int status, String description) {
        Throwable error = assertFailure(results, index, uri, description);
        assertThat(causedBy(error, UnexpectedStatusException.class, description + ": the error of result " + index)
                .statusCode()).as("%s: the status in the error of result %d", description, index).isEqualTo(status);
    }

    static void assertTimeoutFailure(List<FetchResult> results, int index, URI uri, String description) {
        causedByOneOf(assertFailure(results, index, uri, description), description + ": the error of result " + index,
                HttpTimeoutException.class, TimeoutException.class);
    }

    /** The request to {@code uri} was stopped, within the grace time after the call returned, before the end of its answer. */
    static void assertAbandoned(RecordingHttpClient http, URI uri, String description) throws InterruptedException {
        http.awaitEnded(GRACE);
        RecordingHttpClient.Exchange exchange = http.exchange(uri);
        assertThat(exchange.ended())
                .as("%s: the request to %s should be stopped, yet %d ms after the call returned it is still waiting"
                        + " for the server (cancel(true) the future that sendAsync returned, or a stage built on it;"
                        + " interrupt the thread blocked in send; close a body you stream)", description, Fleet.name(uri), GRACE.toMillis())
                .isTrue();
        assertThat(exchange.status())
                .as("%s: the request to %s ran on until the server had sent its whole answer, after the call had given"
                        + " up on it",
                        description, Fleet.name(uri))
                .isEmpty();
    }
}
