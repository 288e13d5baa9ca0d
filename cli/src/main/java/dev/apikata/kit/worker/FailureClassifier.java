package dev.apikata.kit.worker;

import dev.apikata.course.TaskNotDoneException;
import dev.apikata.kit.runner.FailureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/** Tells what kind of failure a test's exception is, and what to tell the learner about it. */
final class FailureClassifier {

    // How WireMock begins its near-miss reports: a verify(...) that failed, an unmatched request.
    private static final List<String> MISMATCH_MARKERS = List.of("No requests exactly matched",
            "A request was unmatched by any stub mapping", "Request was not matched");

    private FailureClassifier() {
    }

    static FailureKind kind(Throwable failure) {
        List<Throwable> related = related(failure);
        if (related.stream().anyMatch(TaskNotDoneException.class::isInstance)) {
            return FailureKind.NOT_DONE;
        }
        if (isTimeout(failure)) {
            return FailureKind.TIMEOUT;
        }
        if (related.stream().anyMatch(OutOfMemoryError.class::isInstance)) {
            return FailureKind.OUT_OF_MEMORY;
        }
        if (mismatchReport(failure).isPresent()) {
            return FailureKind.REQUEST_MISMATCH;
        }
        return failure instanceof AssertionError ? FailureKind.ASSERTION : FailureKind.EXCEPTION;
    }

    /** JUnit's own per-test timeout: a {@code TimeoutException} "… timed out after …". */
    static boolean isTimeout(Throwable failure) {
        return related(failure).stream().anyMatch(t -> t instanceof TimeoutException
                && t.getMessage() != null && t.getMessage().contains("timed out after"));
    }

    /**
     * The learner's message: the failure's own (an assertion or the stub's marker explains itself;
     * another exception needs its type), and WireMock's near-miss report when only a later check
     * (the extension's unmatched-request check after the test) carried it.
     */
    static String describe(Throwable failure) {
        String message = own(failure);
        Optional<Throwable> report = mismatchReport(failure).filter(found -> found != failure);
        return report.map(found -> message + "\n\n" + own(found)).orElse(message);
    }

    private static String own(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.toString();
        }
        return failure instanceof AssertionError || failure instanceof TaskNotDoneException
                ? message.strip()
                : failure.getClass().getSimpleName() + ": " + message.strip();
    }

    // A report with both sides ("expected:<… but was:<…") beats a 404 body that only says "not matched".
    private static Optional<Throwable> mismatchReport(Throwable failure) {
        List<Throwable> reports = related(failure).stream()
                .filter(t -> t.getMessage() != null && MISMATCH_MARKERS.stream().anyMatch(t.getMessage()::contains))
                .toList();
        return reports.stream().filter(t -> t.getMessage().contains("expected:<")).findFirst()
                .or(() -> reports.stream().findFirst());
    }

    // The failure, its causes, and what was suppressed along the way (an after-each check's failure).
    private static List<Throwable> related(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        collect(failure, all, 0);
        return all;
    }

    private static void collect(Throwable failure, List<Throwable> all, int depth) {
        if (failure == null || all.contains(failure) || depth > 8) {
            return;
        }
        all.add(failure);
        collect(failure.getCause(), all, depth + 1);
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed, all, depth + 1);
        }
    }
}
