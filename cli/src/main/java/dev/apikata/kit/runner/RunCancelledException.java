package dev.apikata.kit.runner;

/** A run stopped because the thread that asked for it was interrupted (a newer save, the learner quit). */
public final class RunCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunCancelledException() {
        super("the run was cancelled");
    }
}
