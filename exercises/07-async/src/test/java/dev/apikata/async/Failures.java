package dev.apikata.async;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Assertions about failures that may arrive wrapped: a {@code CompletableFuture} hands its failure
 * over inside a {@code CompletionException} or an {@code ExecutionException}, and code may wrap it
 * once more. What counts is what went wrong, itself or as a cause, never which envelope it came in.
 */
final class Failures {

    private Failures() {
    }

    /** The first exception of {@code type} in {@code failure}'s chain of causes, {@code failure} included. */
    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (type.isInstance(at)) {
                return Optional.of(type.cast(at));
            }
        }
        return Optional.empty();
    }

    /** Asserts that {@code failure} is, or was caused by, an exception of {@code type}, and returns that exception. */
    static <T extends Throwable> T causedBy(Throwable failure, Class<T> type, String description) {
        return find(failure, type).orElseGet(() -> fail("[%s] expected %s, itself or as a cause, but got %s",
                description, type.getSimpleName(), chain(failure)));
    }

    /** Asserts that {@code failure} is, or was caused by, one of {@code types}. */
    @SafeVarargs
    static void causedByOneOf(Throwable failure, String description, Class<? extends Throwable>... types) {
        for (Class<? extends Throwable> type : types) {
            if (find(failure, type).isPresent()) {
                return;
            }
        }
        List<String> names = new ArrayList<>();
        for (Class<? extends Throwable> type : types) {
            names.add(type.getSimpleName());
        }
        fail("[%s] expected %s, itself or as a cause, but got %s", description, String.join(" or ", names), chain(failure));
    }

    /** Waits up to 5 seconds for {@code future} and returns its failure; fails if it completes normally. */
    static Throwable failureOf(CompletableFuture<?> future, String description) throws InterruptedException {
        try {
            Object value = future.get(5, TimeUnit.SECONDS);
            return fail("[%s] the future should fail, but it completed with %s", description, value);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return fail("[%s] the future did not complete within 5 seconds", description);
        }
    }

    /** {@code CompletionException: ... <- IOException: ...}: each exception of the chain with its message. */
    static String chain(Throwable failure) {
        if (failure == null) {
            return "nothing (no exception)";
        }
        List<String> links = new ArrayList<>();
        for (Throwable at = failure; at != null && links.size() < 5; at = at.getCause() == at ? null : at.getCause()) {
            links.add(at.getClass().getSimpleName() + (at.getMessage() == null ? "" : ": " + firstLine(at.getMessage())));
        }
        return String.join(" <- caused by ", links);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
