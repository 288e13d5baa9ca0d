package dev.apikata.auth;

import dev.apikata.course.NotDoneYet;
import java.util.Objects;

/**
 * A credential (API key, client secret, access token) that prints itself masked, {@code sk-a…f9}:
 * pass it around instead of a {@code String}, and a log line, an exception message, a record's
 * {@code toString()} or a debugger shows just enough to tell two keys apart. Chapter section
 * {@code #secrets-never-leak}. The other classes of this module use it: do this task first.
 */
public final class Secret {

    /** A secret shorter than this is masked completely: showing six of its characters would give too much away. */
    public static final int SHORTEST_PARTLY_SHOWN = 16;

    /** What a short secret looks like masked. */
    public static final String FULLY_MASKED = "****";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps {@code value}, which must not be {@code null}. Given. */
    public static Secret of(String value) {
        return new Secret(Objects.requireNonNull(value, "value"));
    }

    /** The secret itself, for the one place that has to send it: a header or a form field. Given. */
    public String reveal() {
        return value;
    }

    /**
     * The first four and the last two characters with an ellipsis between them,
     * {@code "dev-only-api-key-0123456789"} becomes {@code "dev-…89"}, for a secret of at least
     * {@link #SHORTEST_PARTLY_SHOWN} characters; {@link #FULLY_MASKED} for a shorter one. Never the
     * length: a row of stars as long as the secret tells an attacker how long it is.
     */
    public String masked() {
        throw NotDoneYet.task("04.1");
    }

    /** The masked form: string concatenation, loggers and records call this. */
    @Override
    public String toString() {
        throw NotDoneYet.task("04.1");
    }
}
