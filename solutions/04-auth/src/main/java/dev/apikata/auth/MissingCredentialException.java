package dev.apikata.auth;

/**
 * A credential that should come from the environment is not there. Thrown when the client is
 * built, so a misconfigured job stops at once with a sentence that names the variable, instead
 * of failing later with a 401 that names nothing.
 * Given: you do not need to change this class; throw it with {@code new MissingCredentialException("API_KEY")}.
 */
public class MissingCredentialException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String variable;

    /** @param variable the name of the environment variable that is missing or empty */
    public MissingCredentialException(String variable) {
        super(AuthTexts.missingVariable(variable));
        this.variable = variable;
    }

    /** The name of the missing variable, never its value. */
    public String variable() {
        return variable;
    }
}
