package dev.apikata.auth;

/**
 * A JWT that must not be trusted, and why. The reason lets a caller tell an ordinary expiry
 * (get a new token) from an attack (an altered token, a forged algorithm).
 * Given: you do not need to change this class; throw it with
 * {@code new InvalidTokenException(InvalidTokenException.Reason.EXPIRED, "...")}.
 */
public class InvalidTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a token was refused. */
    public enum Reason {
        /** Not three base64url parts of JSON objects, or a claim this check needs is missing or of the wrong type. */
        MALFORMED,
        /** The header names an algorithm this verifier does not accept ({@code none}, {@code HS512}, {@code RS256}...). */
        UNEXPECTED_ALGORITHM,
        /** The signature does not match: the token was altered or signed with another key. */
        BAD_SIGNATURE,
        /** The token's {@code exp} has passed. */
        EXPIRED
    }

    private final Reason reason;

    public InvalidTokenException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
