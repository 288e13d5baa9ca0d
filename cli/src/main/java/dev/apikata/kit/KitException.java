package dev.apikata.kit;

/**
 * A problem the learner can act on (no project here, an unknown task): the kit prints the message,
 * already in the learner's language, without a stack trace, and exits with {@link #exitCode()}.
 */
public final class KitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public KitException(String message) {
        this(message, ExitCodes.ERROR);
    }

    public KitException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
