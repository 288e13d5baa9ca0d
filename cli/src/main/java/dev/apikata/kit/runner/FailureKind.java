package dev.apikata.kit.runner;

import dev.apikata.course.LearnerFailure;
import dev.apikata.course.TaskNotDoneException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * What kind of failure a test ended with, read from the throwable before it is reduced to text.
 * Together with which tests fail, it is the fingerprint that tells one known mistake from another;
 * screens and the grader also treat each kind as it deserves (a stub not written yet is not the
 * same news as an endless loop).
 */
public enum FailureKind {
    /** The test passed, or was skipped. */
    NONE,
    /** The test reached a stub: the task is not written yet. */
    NOT_DONE,
    /** The request the code sent is not what the test expected (WireMock's verification). */
    REQUEST_MISMATCH,
    /** An assertion about the result failed: a wrong value, a missing or different exception. */
    ASSERTION,
    /** The code under test threw something the test did not expect (a NullPointerException, say). */
    EXCEPTION,
    /** The test did not finish in time: an endless loop or a long wait. */
    TIMEOUT,
    /** The code called {@code System.exit} (or halted the JVM), which ended the test worker. */
    EXIT,
    /** The code ran out of memory, which ended the test worker. */
    OUT_OF_MEMORY,
    /** The test worker ended for another reason (a crash, a kill from outside). */
    CRASH,
    /** The test did not run (it is skipped): an earlier test of its task did not finish, or stopped the worker. */
    NOT_RUN;

    private static final String WIREMOCK_VERIFICATION = "com.github.tomakehurst.wiremock.client.VerificationException";

    /** The kind of {@code failure}: the learner framing is looked through, to the failure it frames. */
    public static FailureKind of(Throwable failure) {
        if (failure == null) {
            return NONE;
        }
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof TaskNotDoneException) {
                return NOT_DONE;
            }
            if (at instanceof OutOfMemoryError) {
                return OUT_OF_MEMORY;
            }
        }
        Throwable framed = failure instanceof LearnerFailure && failure.getCause() != null ? failure.getCause() : failure;
        if (framed instanceof TimeoutException) {
            return TIMEOUT;
        }
        if (isVerification(framed.getClass())) {
            return REQUEST_MISMATCH;
        }
        return framed instanceof AssertionError ? ASSERTION : EXCEPTION;
    }

    /** True for the kinds that end or poison the JVM the tests run in. */
    public boolean endsTheWorker() {
        return this == EXIT || this == OUT_OF_MEMORY || this == CRASH;
    }

    /** {@code request-mismatch}: how the catalogue of known mistakes writes it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind a {@link #label()} names. */
    public static FailureKind ofLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    // By name: the class comes from the test's class loader, and WireMock is not a dependency of this type.
    private static boolean isVerification(Class<?> type) {
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            if (at.getName().equals(WIREMOCK_VERIFICATION)) {
                return true;
            }
        }
        return false;
    }
}
