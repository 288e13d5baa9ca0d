package dev.apikata.async;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What fetching one URI gave: its JSON body, or why it failed. A list of these keeps one entry per
 * URI, in the caller's order, so one failure never hides the other answers (the Python version's
 * {@code {"error": ...}} entries, with a type instead of a key that a real body might also have).
 * Given: you do not need to change this type.
 */
public sealed interface FetchResult permits FetchResult.Success, FetchResult.Failure {

    /** The URI this entry is about. */
    URI uri();

    /** The server answered 200 with this JSON body. */
    record Success(URI uri, JsonNode body) implements FetchResult {
        public Success {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * The request to {@code uri} failed: an {@link UnexpectedStatusException} for a status other
     * than 200, an {@code HttpTimeoutException} or a {@code TimeoutException} when time ran out,
     * another {@code IOException} for a broken connection or a body that is not JSON.
     *
     * <p>A {@code CompletableFuture} hands its failure over wrapped in a {@link CompletionException}
     * (from {@code join()} and from later stages) or an {@link ExecutionException} (from
     * {@code get()}). The constructor removes those envelopes, so {@code error()} is what went wrong.
     */
    record Failure(URI uri, Throwable error) implements FetchResult {
        public Failure {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(error, "error");
            while ((error instanceof CompletionException || error instanceof ExecutionException)
                    && error.getCause() != null) {
                error = error.getCause();
            }
        }
    }
}
