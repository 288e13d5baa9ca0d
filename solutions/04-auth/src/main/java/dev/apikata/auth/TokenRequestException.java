package dev.apikata.auth;

/**
 * The token endpoint refused to issue a token (RFC 6749 section 5.2), or answered with one this
 * client cannot use. It carries the OAuth {@code error} code, which a program can act on
 * ({@code invalid_client}: fix the credentials; {@code invalid_scope}: ask for less), and the
 * server's {@code error_description}, for the person reading the log.
 * Given: you do not need to change this class.
 */
public class TokenRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String error;
    private final String errorDescription;

    /**
     * @param statusCode       the status the token endpoint answered (200 for a token this client cannot use)
     * @param error            the OAuth error code, or {@code null} when the answer carried none (a 502 page from a proxy)
     * @param errorDescription the server's explanation, or what is wrong with the token; {@code null} if none
     */
    public TokenRequestException(int statusCode, String error, String errorDescription) {
        super("The token request failed with status " + statusCode
                + (error == null ? "" : ": " + error)
                + (errorDescription == null ? "" : " (" + errorDescription + ")"));
        this.statusCode = statusCode;
        this.error = error;
        this.errorDescription = errorDescription;
    }

    public int statusCode() {
        return statusCode;
    }

    /** {@code invalid_client}, {@code invalid_scope}, {@code invalid_request}...; {@code null} when there was none. */
    public String error() {
        return error;
    }

    public String errorDescription() {
        return errorDescription;
    }
}
