package dev.apikata.auth;

/**
 * A protected API refused a request for good: after one refresh for a 401, at once for a 403.
 * {@code failure().kind()} tells "log in again" from "not allowed". Its message names the status
 * and the server's reasons, never a credential.
 * Given: you do not need to change this class; throw it with {@code new AuthFailedException(failure)}.
 */
public class AuthFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient AuthFailure failure;

    public AuthFailedException(AuthFailure failure) {
        super(message(failure));
        this.failure = failure;
    }

    public AuthFailure failure() {
        return failure;
    }

    private static String message(AuthFailure failure) {
        String what = failure.kind() == AuthFailure.Kind.LOG_IN_AGAIN
                ? "log in again: the credentials are missing, wrong or expired"
                : "not allowed: these credentials may not do this";
        StringBuilder message = new StringBuilder().append(failure.statusCode()).append(", ").append(what);
        if (failure.error() != null) {
            message.append(" (").append(failure.error());
            if (failure.description() != null) {
                message.append(": ").append(failure.description());
            }
            message.append(')');
        }
        if (failure.requiredScope() != null) {
            message.append("; it needs scope ").append(failure.requiredScope());
        }
        return message.toString();
    }
}
