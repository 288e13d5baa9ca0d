package dev.apikata.kit.worker;

/** No test worker could be started (no java there, a sandbox that refuses, a class path that lacks JUnit). */
public final class WorkerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkerUnavailableException(String message) {
        super(message);
    }
}
