package dev.apikata.kit.runner;

/**
 * Why a test did not pass, so that screens, hints and the grader can treat each kind as it deserves
 * (a stub not written yet is not the same news as an endless loop).
 */
public enum FailureKind {
    /** It passed. */
    NONE,
    /** It reached a stub: the task is not written yet. */
    NOT_DONE,
    /** The request the code sent is not the one the test expected (WireMock's near-miss report). */
    REQUEST_MISMATCH,
    /** An assertion on the result failed. */
    ASSERTION,
    /** The code threw an exception the test did not expect. */
    EXCEPTION,
    /** It did not finish within its time limit: an endless loop or a long wait. */
    TIMEOUT,
    /** The code called {@code System.exit} (or halted the JVM), which ended the test worker. */
    EXIT,
    /** The code ran out of memory, which ended the test worker. */
    OUT_OF_MEMORY,
    /** The test worker ended for another reason (a crash, a kill from outside). */
    CRASH,
    /** It did not run: an earlier test of its task did not finish, or the worker stopped before it. */
    NOT_RUN;

    /** True for the kinds that end or poison the JVM the tests run in. */
    public boolean endsTheWorker() {
        return this == EXIT || this == OUT_OF_MEMORY || this == CRASH;
    }
}
