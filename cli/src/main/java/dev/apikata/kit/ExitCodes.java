package dev.apikata.kit;

/** The kit's exit codes, the same for every command. */
public final class ExitCodes {

    /** Done, and all is well. */
    public static final int OK = 0;
    /** Ran, and found something not passing: a failing test, a breached invariant. */
    public static final int NOT_PASSING = 1;
    /** A wrong command line (picocli's own code for it). */
    public static final int USAGE = 2;
    /** Could not do what was asked: no project, an unknown module, an I/O error. */
    public static final int ERROR = 3;

    private ExitCodes() {
    }
}
